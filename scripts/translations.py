"""The interface's translations: resources/i18n/skver_{ru,kk}.ts from gui/**.py, and their .qm.

    .venv/bin/python scripts/translations.py          # lupdate, then lrelease (make translations)
    .venv/bin/python scripts/translations.py update   # only lupdate: new strings into the .ts
    .venv/bin/python scripts/translations.py release  # only lrelease: the .ts into .qm

pyside6-lupdate reads `self.tr("...")` and `QCoreApplication.translate("Context", "...")`, but
not the house's two helpers: a module's `_t(text)` that returns
`QCoreApplication.translate("Context", text)`, and `gui.text.numerus("Context", "%n ...", n)`.
Their strings are found here with Python's ast and given to lupdate as plain `translate` calls
in a generated file, so one lupdate run sees every string. The .ts keep no source locations:
they would change with every edit of the code.

A string that moves to another class (another translation context) keeps its translation: an
update fills a new, untranslated message from a finished one with the same text that the code
no longer uses, before those are dropped.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk")
STUB = "house_helpers_strings.py"


def ts_file(code: str, folder: Path = I18N) -> Path:
    return folder / f"skver_{code}.ts"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; it comes with PySide6 (pip install PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def helper_messages(paths: list[Path]) -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every `_t("...")`-style and `numerus(...)` call."""
    found: list[tuple[str, str, bool]] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = _wrappers(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            if name in wrappers and texts and _is_str(node.args[0]):
                found.append((wrappers[name], texts[0], False))
            elif name == "numerus" and len(node.args) >= 2 and _is_str(node.args[0]) \
                    and _is_str(node.args[1]):
                found.append((node.args[0].value, node.args[1].value, True))
    return found


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """The module's functions `def f(text): return QCoreApplication.translate("Ctx", text)`."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [n for n in node.body if not (isinstance(n, ast.Expr)
                                             and _is_str(n.value))]  # a docstring
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if isinstance(call, ast.Call) and _called(call) == "translate" and len(call.args) == 2 \
                and _is_str(call.args[0]) and isinstance(call.args[1], ast.Name) \
                and call.args[1].id == node.args.args[0].arg:
            found[node.name] = call.args[0].value
    return found


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def write_stub(folder: Path, messages: list[tuple[str, str, bool]]) -> Path:
    """The helpers' strings as calls lupdate understands, one a line."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, source, plural in messages:
        extra = ", None, 1" if plural else ""  # a literal count: lupdate 6.11 needs one
        lines.append(f"QCoreApplication.translate({_quote(context)}, {_quote(source)}{extra})")
    stub = folder / STUB
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def _quote(text: str) -> str:
    """A double-quoted Python literal (lupdate's parser reads escapes such as \\n)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\t", "\\t") + '"'


def update(ts_paths: list[Path]) -> None:
    """lupdate over gui/**.py and the helpers' strings into `ts_paths` (created or merged);
    strings that moved to another context keep their translations."""
    with tempfile.TemporaryDirectory() as scratch:
        stub = write_stub(Path(scratch), helper_messages(sources()))
        command = [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none",
                   *map(str, sources()), str(stub), "-ts", *map(str, ts_paths)]
        subprocess.run(command, check=True)
        for path in ts_paths:
            if path.exists():
                carry_over(path)
        # Once more, so the files keep lupdate's own layout (small diffs) and no old strings.
        sources_only = command[:-len(ts_paths) - 1]
        subprocess.run([*sources_only, "-no-obsolete", "-ts", *map(str, ts_paths)], check=True)


OLD = ("vanished", "obsolete")


def carry_over(path: Path) -> int:
    """Gives each unfinished message the translation of a finished one with the same source
    text (and plural form) that the code no longer uses, then drops those; how many."""
    tree = ET.parse(path)
    known: dict[tuple[str, bool], ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in OLD and _done(translation):
            known[_key(message)] = translation
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        # lupdate itself fills such a message with the old text, but leaves it unfinished.
        if translation is None or translation.get("type") != "unfinished" or \
                _key(message) not in known:
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(known[_key(message)]))
        copy.attrib.pop("type", None)
        message.append(copy)
        carried += 1
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in OLD:
                context.remove(message)
    for context in list(tree.getroot()):
        if context.tag == "context" and context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return carried


def _key(message: ET.Element) -> tuple[str, bool]:
    return message.findtext("source") or "", message.get("numerus") == "yes"


def _done(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(texts)


def release(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)],
                   check=True)


def main(argv: list[str]) -> int:
    step = argv[0] if argv else "all"
    if step not in ("all", "update", "release"):
        raise SystemExit(__doc__)
    I18N.mkdir(parents=True, exist_ok=True)
    if step in ("all", "update"):
        update([ts_file(code) for code in LANGUAGES])
    if step in ("all", "release"):
        for code in LANGUAGES:
            release(ts_file(code), ts_file(code).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
