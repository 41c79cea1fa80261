"""``consentinel merge``: several sweep folders (shards, machines, resumed parts) into one.

The merged folder holds one store with every page, the pages' artefact folders, the JSONL and
the summary, written exactly as a single run of all the URLs writes them (pages in normalised-URL
order, the summary computed from the store). A URL present in several inputs keeps its first
successful record (inputs in the order given).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consentinel.sweep.store import JSONL_NAME, STORE_NAME, Store, export_jsonl
from consentinel.sweep.summary import summarise, write_summary


class MergeError(ValueError):
    """An input is not a sweep folder, or the output already holds one."""


def merge_runs(inputs: Sequence[Path], out_dir: Path) -> dict[str, Any]:
    """Merge sweep folders ``inputs`` into ``out_dir``; returns the merged summary."""
    for folder in inputs:
        if not (folder / STORE_NAME).is_file():
            raise MergeError(f"{folder} is not a sweep folder (no {STORE_NAME})")
        if folder.resolve() == out_dir.resolve():
            raise MergeError(f"--out {out_dir} is one of the inputs")
    if (out_dir / STORE_NAME).exists():
        raise MergeError(f"{out_dir} already holds a sweep; merge into a new folder")
    chosen: dict[str, tuple[dict[str, Any], Path]] = {}
    meta: dict[str, str] = {}
    for folder in inputs:
        with Store.in_folder(folder) as store:
            meta = meta or store.meta()
            for record in store.records():
                kept = chosen.get(record["url_key"])
                if kept is None or (kept[0]["status"] == "error" and record["status"] == "ok"):
                    chosen[record["url_key"]] = (record, folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    with Store.in_folder(out_dir) as merged:
        merged.set_meta({**meta, "merged_from": ",".join(str(folder) for folder in inputs)})
        for record, folder in sorted(chosen.values(), key=lambda pair: pair[0]["normalised_url"]):
            merged.add(record)
            if record["artefacts"] and (folder / record["artefacts"]).is_dir():
                shutil.copytree(folder / record["artefacts"], out_dir / record["artefacts"],
                                dirs_exist_ok=True)
        summary = summarise(merged)
        export_jsonl(merged, out_dir / JSONL_NAME)
        write_summary(summary, out_dir)
    return summary


__all__ = ["MergeError", "merge_runs"]
