"""Training on gold, saving, loading, and what happens when a model file is missing or bad."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from extract.models import ModelError, load_learned, load_model, load_pipeline
from extract.train import train

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "annotations" / "seeds.jsonl"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Models trained on the seed gold alone (five documents, two folds)."""
    out = tmp_path_factory.mktemp("models")
    train(SEEDS, out, folds=2)
    return out


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_training_writes_models_and_metadata(trained: Path) -> None:
    meta = json.loads((trained / "metadata.json").read_text(encoding="utf-8"))
    assert meta["training_data"]["documents"] == 5
    assert meta["training_data"]["sha256"] == hashlib.sha256(b"seeds.jsonl" + SEEDS.read_bytes()).hexdigest()
    assert set(meta["models"]) >= {"subject", "year"}
    for name in meta["models"].values():
        assert (trained / name).stat().st_size > 0
    cv = meta["cross_validation"]["results"]
    assert {"rules", "subject", "all"} <= set(cv)
    assert 0.0 <= cv["rules"]["fact_f1"] <= 1.0
    assert meta["features"]["subject"], "the feature list is recorded"
    assert "scikit-learn" in meta["libraries"]


def test_training_is_reproducible(trained: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    train(SEEDS, again, folds=2)
    assert _digest(again) == _digest(trained)


def test_trained_models_load_and_run(trained: Path) -> None:
    meta = json.loads((trained / "metadata.json").read_text(encoding="utf-8"))
    meta["enabled"] = sorted(meta["models"])  # force every model on, whatever CV said
    (trained / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    learned = load_learned(trained)
    assert learned.subject is not None and learned.year is not None
    rec = load_pipeline(trained)("x", "Tỉnh Hưng Yên đạt 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố năm 2021.")
    assert rec.status == "ok"
    assert meta["version"] in rec.extra["version"]
    assert [f.figure.kind for f in rec.facts] == ["score", "rank"]


def test_missing_model_file_falls_back_to_rules(trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    broken = tmp_path / "m"
    shutil.copytree(trained, broken)
    meta = json.loads((broken / "metadata.json").read_text(encoding="utf-8"))
    meta["enabled"] = ["subject"]
    (broken / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    (broken / "subject.skops").unlink()
    learned = load_learned(broken)
    assert learned.subject is None
    assert "rules for subject" in learned.version
    assert "missing" in capsys.readouterr().err
    rec = load_pipeline(broken)("x", "Tỉnh Hưng Yên đạt 88,34 điểm.")
    assert rec.status == "ok" and rec.facts


def test_corrupt_model_file_is_a_clear_error_then_a_fallback(trained: Path, tmp_path: Path) -> None:
    broken = tmp_path / "m"
    shutil.copytree(trained, broken)
    (broken / "subject.skops").write_bytes(b"this is not a zip file")
    with pytest.raises(ModelError, match="not a readable skops file"):
        load_model(broken / "subject.skops")
    meta = json.loads((broken / "metadata.json").read_text(encoding="utf-8"))
    meta["enabled"] = ["subject"]
    (broken / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    assert load_learned(broken).subject is None


def test_unreadable_metadata_means_rules(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{not json", encoding="utf-8")
    learned = load_learned(tmp_path)
    assert learned.subject is None and "unreadable" in learned.version


def test_no_models_folder_means_rules(tmp_path: Path) -> None:
    assert load_learned(tmp_path / "absent").version == "rules"


def test_shipped_models_load() -> None:
    learned = load_learned(ROOT / "models")
    meta = json.loads((ROOT / "models" / "metadata.json").read_text(encoding="utf-8"))
    for comp in meta["enabled"]:
        assert getattr(learned, comp) is not None, comp
