"""Bytes to text for every reader: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a guess.

Line ends become "\\n" so that line numbers agree with what an editor shows.
"""
from __future__ import annotations

import codecs

import regex
from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_WESTERN = regex.compile(r"[\p{Latin}\u00a0-\u00bf\u00d7\u00f7\u2010-\u2044\u20ac\u2122]")


def decode(data: bytes) -> str:
    """Decode a whole file; raise InputError (without the file name) for binary data.

    >>> decode("Caf\\u00e9\\r\\nna\\u00efve".encode("cp1252"))
    'Café\\nnaïve'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _unify_newlines(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec.upper()} at byte {exc.start}") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return _unify_newlines(text)
        if _looks_binary(data):
            raise InputError("binary file (it holds NUL bytes), not text")
        # A few stray NUL bytes in a text file: the records holding them are the readers' to
        # report, the rest of the file is good.
    try:
        return _unify_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _unify_newlines(_decode_legacy(data))


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _looks_binary(data: bytes) -> bool:
    """More than 1 byte in 20 of the first 8 KiB is a control character, or more than 1 in 20
    of the whole file is NUL: a binary file (images, archives: a tenth or more), not a text file
    with a stray NUL."""
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls * 20 > len(sample) or data.count(b"\x00") * 20 > len(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text written without a BOM: mostly-ASCII text has a NUL in every other byte, the
    high half of each character (even bytes for big-endian, odd for little-endian)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if even >= 0.3 * half and odd == 0:
        codec = "utf-16-be"
    elif odd >= 0.3 * half and even == 0:
        codec = "utf-16-le"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in "\t\n\r\f" for ch in text):
        return None
    return text


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: Western (Windows-1252/Latin-1) text when it reads as such, else ask
    charset-normalizer.

    On short text charset-normalizer often names cp1250, a Mac or even an Arabic code page for
    what was written as Windows-1252, by far the common case for English papers. Text in
    Western code pages has few non-ASCII characters and they are accented Latin letters or
    typographic punctuation; a Cyrillic or Greek text read as cp1252 is mostly non-ASCII.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = data.decode("latin-1")
    special = _NON_ASCII.findall(western)
    letters = sum(1 for ch in western if ch.isalpha())
    if all(_WESTERN.match(ch) for ch in special) and len(special) * 3 <= letters:
        return western
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")


def _unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
