"""scripts/eval_wording.py loaded as a module, so tests score the sets the way the script does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_wording.py"


def eval_wording() -> ModuleType:
    """The script module (loaded once per session, shared by every test that scores wording)."""
    if "eval_wording" in sys.modules:
        return sys.modules["eval_wording"]
    spec = importlib.util.spec_from_file_location("eval_wording", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_wording"] = module
    spec.loader.exec_module(module)
    return module
