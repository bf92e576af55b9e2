"""Names of places and public bodies, from vietnamadminunits' tables plus the fixed lists
of ministries, departments and regions that no package ships.

Read once per process. Province names are the only bare names trusted as LOC; districts,
communes and wards are recognised by their prefix (`huyện Phong Điền`), which is safer than
a fuzzy match (the package's own fuzzy parser once turned `Xã Sơn Hải` into `Xã Văn Hải`).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib import resources

import regex

from .normalize import fold_name

# Old-style tone placement (`Hoà`) and the modern one (`Hòa`) are both common in the press.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


_TONE_ALL = {**_TONE_PAIRS, **{k.capitalize(): v.capitalize() for k, v in _TONE_PAIRS.items()}}
_TONE_BACK = {v: k for k, v in _TONE_ALL.items()}
# In `Quỳ`, `Quý` the `u` belongs to the consonant `qu`: the tone stays on the `y`.
_OLD_RE = regex.compile("(?<![Qq])(" + "|".join(_TONE_ALL) + r")(?!\p{L})")
_NEW_RE = regex.compile("(?<![Qq])(" + "|".join(_TONE_BACK) + r")(?!\p{L})")


def modern_tones(s: str) -> str:
    """`Hoà Bình` → `Hòa Bình` (only at a syllable's end: `Hoàng` is left alone)."""
    return _OLD_RE.sub(lambda m: _TONE_ALL[m.group(1)], s)


def old_tones(s: str) -> str:
    return _NEW_RE.sub(lambda m: _TONE_BACK[m.group(1)], s)


REGIONS = (
    "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Tây Nam bộ", "Tây Nam Bộ", "Đông Nam bộ",
    "Đông Nam Bộ", "Tây Nguyên", "Tây Bắc", "Đông Bắc", "Bắc Trung bộ", "Bắc Trung Bộ", "Nam Trung bộ",
    "Nam Trung Bộ", "Duyên hải Nam Trung bộ", "Duyên hải Nam Trung Bộ", "Duyên hải miền Trung",
    "Bắc Trung bộ và Duyên hải miền Trung", "Bắc Trung Bộ và Duyên hải miền Trung",
    "Trung du và miền núi phía Bắc", "Trung du miền núi phía Bắc", "Bắc Trung Bộ và duyên hải miền Trung",
    "TD&MNPB", "ĐBSCL", "ĐBSH", "miền Trung", "miền Bắc",
    "miền Nam", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Việt Nam",
)
COUNTRIES = (
    "Trung Quốc", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Mỹ", "Lào", "Campuchia", "Thái Lan", "Singapore",
    "Malaysia", "Indonesia", "Philippines", "Ấn Độ", "Liên bang Nga", "Australia",
    "Canada", "Myanmar", "Đài Loan", "Hồng Kông", "Triều Tiên", "Israel", "Ukraine", "Brazil",
    # (names of more than one word only: `Anh`, `Pháp`, `Đức`, `Ý` are also words and given names)
    "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan",
    "Hy Lạp", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "New Zealand", "Ả Rập Xê Út", "Vương quốc Anh",
)
# Province aliases the tables do not carry.
PROVINCE_ALIASES = {
    "TPHCM": "Hồ Chí Minh", "TP.HCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Hồ Chí Minh", "HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh",
    "Thừa Thiên Huế": "Thừa Thiên Huế", "Thừa Thiên - Huế": "Thừa Thiên Huế", "TT-Huế": "Thừa Thiên Huế", "Thừa Thiên-Huế": "Thừa Thiên Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu", "Đăk Lăk": "Đắk Lắk",
    "Đắc Lắc": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Đắc Nông": "Đắk Nông",
}
# The standard spelling of bodies and regions written several ways (abbreviations expanded).
ORG_CANONICAL = {
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông", "KH&ĐT": "Kế hoạch và Đầu tư",
    "KH-ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư", "Kế hoạch - Đầu tư": "Kế hoạch và Đầu tư",
    "TN&MT": "Tài nguyên và Môi trường", "TN-MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "GD&ĐT": "Giáo dục và Đào tạo", "GD-ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội": "Lao động - Thương binh và Xã hội",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NN-PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn", "NN&MT": "Nông nghiệp và Môi trường",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch", "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "Văn hóa - Thể thao và Du lịch": "Văn hóa, Thể thao và Du lịch", "KH&CN": "Khoa học và Công nghệ",
    "KH-CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ", "GTVT": "Giao thông vận tải",
    "Giao thông Vận tải": "Giao thông vận tải", "Công thương": "Công Thương",
}
ORG_ALIASES = {
    "Ngân hàng Nhà nước Việt Nam": "Ngân hàng Nhà nước", "NHNN": "Ngân hàng Nhà nước",
    "NHNN Việt Nam": "Ngân hàng Nhà nước",
}
REGION_CANONICAL = {
    "trung du miền núi phía bắc": "Trung du và miền núi phía Bắc",
    "trung du và miền núi phía bắc": "Trung du và miền núi phía Bắc",
    "bắc trung bộ và duyên hải miền trung": "Bắc Trung Bộ và Duyên hải miền Trung",
    "đồng bằng sông cửu long": "Đồng bằng sông Cửu Long", "đồng bằng sông hồng": "Đồng bằng sông Hồng",
    "tây nam bộ": "Tây Nam Bộ", "đông nam bộ": "Đông Nam Bộ", "bắc trung bộ": "Bắc Trung Bộ",
    "nam trung bộ": "Nam Trung Bộ", "duyên hải nam trung bộ": "Duyên hải Nam Trung Bộ",
    "td&mnpb": "Trung du và miền núi phía Bắc", "đbscl": "Đồng bằng sông Cửu Long", "đbsh": "Đồng bằng sông Hồng",
}
# The bodies that make up a province's or the state's administration (stable lists).
DEPARTMENT_NAMES = (
    "Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương", "Công thương",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải",
    "Giao thông Vận tải", "Xây dựng", "Tài nguyên và Môi trường", "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Văn hóa - Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hóa, Thể thao", "Du lịch",
    "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Ngoại vụ", "Dân tộc và Tôn giáo", "Dân tộc",
    "Quốc phòng", "Công an", "Ngoại giao", "Văn hóa, Thông tin", "Kế hoạch - Đầu tư",
    "TT&TT", "KH&ĐT", "KH-ĐT", "TN&MT", "TN-MT", "GD&ĐT", "GD-ĐT", "LĐ-TB&XH", "LĐTB&XH", "NN&PTNT",
    "NN-PTNT", "VH-TT&DL", "VHTT&DL", "KH&CN", "KH-CN", "GTVT", "TTTT", "KHĐT", "TNMT", "GDĐT",
    "LĐTBXH", "NNPTNT", "KHCN", "NN&MT",
)


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Every spelling of a province or centrally-run city → its canonical short name."""
    db = resources.files("vietnamadminunits") / "data" / "dataset.db"
    names: dict[str, str] = {}
    with resources.as_file(db) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT DISTINCT provinceShort FROM admin_units_legacy UNION SELECT DISTINCT provinceShort FROM admin_units"
            ).fetchall()
        finally:
            con.close()
    for (short,) in rows:
        canon = fold_name(short)
        for form in {canon, modern_tones(canon), old_tones(canon)}:
            names[form] = canon
    for alias, canon in PROVINCE_ALIASES.items():
        names[alias] = canon
    return names


_ORG_ABBREV = regex.compile(
    r"(?<=^(?:Sở|Bộ|Viện Hàn lâm)\s)("
    + "|".join(regex.escape(a) for a in sorted(ORG_CANONICAL, key=len, reverse=True))
    + r")(?=\s|$)"
)


_DEPT_SPELLING = {n.lower(): ORG_CANONICAL.get(n, n) for n in DEPARTMENT_NAMES}


def canonical_org(name: str) -> str:
    """`Bộ TT&TT` → `Bộ Thông tin và Truyền thông`, `NHNN` → `Ngân hàng Nhà nước`."""
    folded = fold_name(name)
    if folded in ORG_ALIASES:
        return ORG_ALIASES[folded]
    folded = _ORG_ABBREV.sub(lambda m: ORG_CANONICAL[m.group(1)], folded)
    head, _, rest = folded.partition(" ")
    if head in ("Sở", "Bộ") and rest.lower() in _DEPT_SPELLING:
        folded = f"{head} {_DEPT_SPELLING[rest.lower()]}"  # `Bộ Quốc Phòng` → `Bộ Quốc phòng`
    return ORG_ALIASES.get(folded, modern_tones(folded))


def canonical_region(name: str) -> str:
    folded = fold_name(name)
    return REGION_CANONICAL.get(folded.lower(), folded)


@lru_cache(maxsize=1)
def _legacy_districts() -> list[tuple[str, str]]:
    """(province, district) short names of the 63-province units, the district without the
    parenthesis the table tells same-named units apart by (`Long Mỹ (Huyện)`, `Long Mỹ (Thị xã)`)."""
    rows = _units_query("SELECT DISTINCT provinceShort, districtShort FROM admin_units_legacy")
    return [(prov, _without_qualifier(dist)) for prov, dist in rows]


def _units_query(sql: str) -> list[tuple]:
    """Rows of vietnamadminunits' own tables (read-only; no fuzzy parsing)."""
    db = resources.files("vietnamadminunits") / "data" / "dataset.db"
    with resources.as_file(db) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()


def _without_qualifier(name: str | None) -> str:
    """`Long Mỹ (Huyện)` → `Long Mỹ`: the table's parenthesis that tells same-named units apart."""
    return regex.sub(r"\s*\([^()]*\)$", "", name or "")


@lru_cache(maxsize=1)
def _district_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for prov, dist in _legacy_districts():
        if dist and not dist[0].isdigit() and " " in dist:
            names = table.setdefault(fold_name(prov), [])
            if fold_name(dist) not in names:
                names.append(fold_name(dist))
    return table


@lru_cache(maxsize=1)
def one_word_districts() -> frozenset[str]:
    """District-level names of one syllable (`Vinh`, `Huế`): a name only after its prefix (`TP Vinh`)."""
    return frozenset(fold_name(d) for _, d in _legacy_districts() if d and " " not in d and not d[0].isdigit())


@lru_cache(maxsize=1)
def district_names_upper() -> dict[str, str]:
    """Every legacy district-level name in capitals → its standard spelling (`HOÀI NHƠN` → `Hoài Nhơn`), for
    a unit named in a header written in capitals (`UBND THỊ XÃ HOÀI NHƠN`)."""
    return {canonical_place(d).upper(): canonical_place(d) for _, d in _legacy_districts() if d and not d[0].isdigit()}


@lru_cache(maxsize=1)
def commune_names_upper() -> dict[str, str]:
    """Every commune and ward name, before and after the 2025 reorganisation, in capitals → its standard
    spelling (`HÒA CƯỜNG BẮC` → `Hòa Cường Bắc`), for a header written in capitals (`ĐÀI TRUYỀN THANH PHƯỜNG
    HÒA CƯỜNG BẮC`)."""
    rows = _units_query("SELECT wardShort FROM admin_units_legacy UNION SELECT wardShort FROM admin_units")
    names = {canonical_place(w) for (ward,) in rows if (w := _without_qualifier(ward)) and not w[0].isdigit()}
    return {n.upper(): n for n in names}


def districts_of(province: str) -> list[str]:
    """Multi-word district names of a (legacy) province: safe to match bare once it is named."""
    return _district_table().get(province, [])


def canonical_place(name: str) -> str:
    """The standard spelling of a place name (`Hoà Bình` → `Hòa Bình`, `TPHCM` → `Hồ Chí Minh`)."""
    folded = fold_name(name)
    table = provinces()
    if folded in table:
        return table[folded]
    return modern_tones(folded)
