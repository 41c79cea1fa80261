"""Builders for the tiny hand-made snapshots the wording-check tests use (no browser).

Kept out of conftest (owned by the lead) and shared by the three wording-check test modules.
"""

from __future__ import annotations

from consentinel.facts.snapshot import Action, Box, Control, Snapshot, TextBlock, Visibility


def text(uid: str, words: str, y: float = 100, form: str | None = "f0:form1", frame: int = 0,
         control: str | None = None) -> TextBlock:
    return TextBlock(uid=uid, selector=f"#{uid.replace(':', '-')}", frame=frame, tag="p",
                     box=Box(20, y, 600, 40), visibility=Visibility(), form=form, text=words,
                     control=control)


def action(uid: str, words: str, y: float = 200, form: str | None = "f0:form1", kind: str = "button",
           x: float = 20, frame: int = 0) -> Action:
    return Action(uid=uid, selector=f"#{uid.replace(':', '-')}", frame=frame, tag="button",
                  box=Box(x, y, 200, 40), visibility=Visibility(), form=form, text=words, kind=kind)


def control(uid: str, label: str, checked: bool | None = False, y: float = 150,
            form: str | None = "f0:form1") -> Control:
    return Control(uid=uid, selector=f"#{uid.replace(':', '-')}", frame=0, tag="input",
                   box=Box(20, y, 16, 16), visibility=Visibility(), form=form, checked=checked,
                   label=label)


def page(*elements: TextBlock | Action | Control) -> Snapshot:
    snap = Snapshot(url="http://127.0.0.1/page")
    for element in elements:
        if isinstance(element, TextBlock):
            snap.texts.append(element)
        elif isinstance(element, Action):
            snap.actions.append(element)
        else:
            snap.controls.append(element)
    return snap
