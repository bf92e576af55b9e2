"""Which pipeline a run uses: the learned linking models shipped under `models/`, or the rules.

Models are loaded with skops, never pickle, and only if every type in the file is one we
expect (a DictVectorizer + LogisticRegression pipeline). A missing, corrupt or unexpected
model file is not fatal: the run warns once on stderr and that decision falls back to the
rules, which is recorded in every output record's `version`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import skops.io as sio

from .link.learned import COMPONENTS, Learned
from .pipeline import Pipeline

DEFAULT_MODELS = Path(__file__).resolve().parents[2] / "models"
_ALLOWED_PREFIXES = ("sklearn.", "numpy.", "builtins.", "scipy.sparse.")


class ModelError(Exception):
    """A model file that cannot be used (missing, corrupt, or holding unexpected types)."""


def load_model(path: Path) -> object:
    if not path.exists():
        raise ModelError(f"model file {path} is missing")
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:
        raise ModelError(f"model file {path} is not a readable skops file: {exc}") from exc
    unexpected = [t for t in untrusted if not t.startswith(_ALLOWED_PREFIXES)]
    if unexpected:
        raise ModelError(f"model file {path} holds unexpected types: {unexpected}")
    try:
        return sio.load(path, trusted=untrusted)
    except Exception as exc:
        raise ModelError(f"model file {path} could not be loaded: {exc}") from exc


def load_learned(models_dir: Path) -> Learned:
    """The enabled models of `models_dir/metadata.json`; rules for any that fail to load."""
    meta_path = models_dir / "metadata.json"
    if not meta_path.exists():
        return Learned()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"warning: {meta_path} is unreadable ({exc}); using the rules", file=sys.stderr)
        return Learned(version="rules; models unreadable")
    loaded: dict[str, object] = {}
    failed: list[str] = []
    for comp in meta.get("enabled", []):
        if comp not in COMPONENTS:
            continue
        try:
            loaded[comp] = load_model(models_dir / meta["models"][comp])
        except (ModelError, KeyError) as exc:
            print(f"warning: {exc}; the {comp} decision falls back to the rules", file=sys.stderr)
            failed.append(comp)
    version = f"{meta.get('version', 'learned')}: {','.join(loaded)}" if loaded else \
        f"rules ({meta.get('version', 'learned')} trained, none enabled)"
    if failed:
        version += f"; rules for {','.join(failed)} (model failed to load)"
    return Learned(**loaded, version=version)


def load_pipeline(models_dir: Path | None = None) -> Pipeline:
    """The pipeline with the learned models from `models_dir` when present, else the rules."""
    if models_dir is None:
        return Pipeline()
    return Pipeline(learned=load_learned(models_dir))
