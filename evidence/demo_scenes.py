"""Pictures for the demo case, drawn with Pillow: what the activists found at each venue.

They are plainly drawings, not photographs: the demo shows how Skver works, it proves nothing.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

SIZE = (1024, 768)
HORIZON = 330


Colour = tuple[int, int, int]


def _sky(draw: ImageDraw.ImageDraw, top: Colour, bottom: Colour) -> None:
    for y in range(HORIZON):
        t = y / HORIZON
        draw.line([(0, y), (SIZE[0], y)], fill=tuple(int(a + (b - a) * t)
                                                     for a, b in zip(top, bottom, strict=True)))


def _ground(draw: ImageDraw.ImageDraw, colour: tuple[int, int, int], rng: random.Random) -> None:
    draw.rectangle([0, HORIZON, SIZE[0], SIZE[1]], fill=colour)
    for _ in range(400):  # paving texture
        x, y = rng.randrange(SIZE[0]), rng.randrange(HORIZON, SIZE[1])
        shade = tuple(max(0, c - rng.randrange(8, 25)) for c in colour)
        draw.line([(x, y), (x + rng.randrange(10, 40), y)], fill=shade)


def _canvas(seed: int, sky_top: Colour, sky_bottom: Colour,
            leaves: Colour) -> tuple[Image.Image, ImageDraw.ImageDraw, random.Random]:
    """A picture with its sky and a row of trees drawn; the same seed draws the same one."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _sky(draw, sky_top, sky_bottom)
    _trees(draw, rng, leaves)
    return image, draw, rng


def _trees(draw: ImageDraw.ImageDraw, rng: random.Random, green: tuple[int, int, int]) -> None:
    for x in range(20, SIZE[0], 110):
        x += rng.randrange(-20, 20)
        h = rng.randrange(90, 150)
        draw.rectangle([x - 6, HORIZON - 40, x + 6, HORIZON + 10], fill=(92, 64, 40))
        draw.ellipse([x - 50, HORIZON - 40 - h, x + 50, HORIZON - 20], fill=green)


def _bench(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    draw.rectangle([x, y, x + 120, y + 12], fill=(110, 80, 50))
    draw.rectangle([x + 10, y + 12, x + 16, y + 40], fill=(60, 60, 60))
    draw.rectangle([x + 104, y + 12, x + 110, y + 40], fill=(60, 60, 60))


def square_with_a_hose(seed: int) -> Image.Image:
    """The square behind the Sary-Arka cinema 'under repair': only a hose lies there."""
    image, draw, rng = _canvas(seed, (110, 160, 220), (200, 225, 245), (60, 130, 60))
    _ground(draw, (170, 168, 160), rng)
    _bench(draw, 120, 470)
    _bench(draw, 760, 455)
    # a green garden hose lying in loose loops, nobody working
    points = [(260 + t * 4.5, 610 + 45 * math.sin(t / 18) + 12 * math.sin(t / 5))
              for t in range(110)]
    draw.line(points, fill=(40, 140, 60), width=7, joint="curve")
    draw.ellipse([755, 585, 845, 650], outline=(40, 140, 60), width=7)
    draw.ellipse([770, 595, 830, 640], outline=(40, 140, 60), width=7)
    return image


def empty_square_at_dusk(seed: int) -> Image.Image:
    """Valikhanov Square after 6 p.m. on the day of the 'cultural event': nobody there."""
    image, draw, rng = _canvas(seed, (40, 50, 100), (235, 150, 90), (40, 80, 50))
    _ground(draw, (120, 115, 110), rng)
    # the monument on its pedestal, lamp posts lit, no stage, no crowd
    draw.rectangle([470, 300, 560, 420], fill=(90, 90, 95))
    draw.ellipse([495, 205, 535, 245], fill=(60, 60, 65))
    draw.rectangle([500, 240, 530, 300], fill=(60, 60, 65))
    for x in (180, 860):
        draw.rectangle([x, 280, x + 6, 470], fill=(50, 50, 50))
        draw.ellipse([x - 12, 262, x + 18, 292], fill=(255, 230, 150))
    return image


def students_with_an_amplifier(seed: int) -> Image.Image:
    """Gandhi Park's 'mass cultural event': seven or eight students and an amplifier."""
    image, draw, rng = _canvas(seed, (120, 170, 230), (210, 230, 250), (50, 140, 60))
    draw.rectangle([0, HORIZON, SIZE[0], SIZE[1]], fill=(90, 160, 80))  # lawn
    for n in range(8):
        x = 300 + n * 55 + rng.randrange(-10, 10)
        y = 500 + rng.randrange(-15, 15)
        colour = rng.choice([(200, 60, 60), (60, 90, 200), (230, 200, 60), (80, 80, 80)])
        draw.ellipse([x - 12, y - 80, x + 12, y - 56], fill=(230, 190, 160))
        draw.rectangle([x - 14, y - 56, x + 14, y], fill=colour)
        draw.rectangle([x - 12, y, x - 3, y + 45], fill=(40, 40, 80))
        draw.rectangle([x + 3, y, x + 12, y + 45], fill=(40, 40, 80))
    draw.rectangle([770, 470, 840, 560], fill=(30, 30, 30))  # the amplifier
    draw.ellipse([785, 490, 825, 530], fill=(90, 90, 90))
    return image
