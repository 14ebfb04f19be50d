"""Numbers, distances and positions as the interface's language writes them.

One way for the whole window, the report's: `evidence.phrases.Number` with the string table of
the interface's language ('10,000.5' in English, '10 000,5' in Russian and Kazakh), its units
and its position's shape ('43.238949, 76.889709'; '43,238949; 76,889709') from that table, so a
photo's size, a distance or an accuracy reads in the window as the report prints it.
"""

from __future__ import annotations

from evidence import phrases
from evidence.facts import DEFAULT_ACCURACY_M
from gui.widgets.when import table


def value(number: float) -> phrases.Number:
    """`number` for a template's placeholder: '{n:,} bytes' gives '10 000 байт' in Russian."""
    return phrases.Number(number, table())


def number(value: float, spec: str = "") -> str:
    """`value` formatted by `spec` ('.1f', ',', '+,.1f', '.0%') in the interface's language."""
    return format(phrases.Number(value, table()), spec)


def metres(value: float, spec: str = ",.0f") -> str:
    """'250 m'; '250 м' in Russian and Kazakh."""
    return table()["unit.metres"].format(n=number(value, spec))


def position(latitude: float, longitude: float, places: int = 6) -> str:
    """'43.238949, 76.889709'; in Russian and Kazakh '43,238949; 76,889709', as the report."""
    spec = f".{places}f"
    return table()["inventory.position"].format(lat=number(latitude, spec),
                                                lon=number(longitude, spec))


def accuracy(value: float | None) -> str:
    """'GPS accuracy: ± 8 m', or what the analysis assumes where the photo records none
    ('Accuracy not recorded; ± 25 m assumed'), in the report's words."""
    words = table()
    if value is not None:
        return f"{words['map.accuracy']}: " + \
            words["inventory.accuracy_stated"].format(metres=metres(value))
    said = words["inventory.accuracy_assumed"].format(metres=metres(DEFAULT_ACCURACY_M))
    return said[:1].upper() + said[1:]
