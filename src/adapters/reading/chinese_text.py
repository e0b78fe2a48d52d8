"""Whether bytes that no 8-bit code page reads plausibly are Chinese in GB18030 (GBK, GB2312 within it): the
export of Excel on a Chinese Windows. Asked only after the code pages (see text_decoding): Russian in cp1251 often
decodes as GBK too, as characters no one writes, and must never be read so.

The text must decode without a fault (but a character cut at the sample's end), its characters beyond ASCII must
nearly all be Chinese ones (ideographs, CJK and full-width punctuation) and nearly all be in GB2312, the 6,763
characters of everyday Chinese: Japanese in Shift-JIS and Chinese in Big5 also decode as GBK, but mostly into its
extensions, rare characters that everyday text does not hold."""

import re

GB18030 = "gb18030"
_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SHARE = 0.9


def _in_gb2312(character: str) -> bool:
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def reads_as_chinese(sample: bytes) -> bool:
    """`sample`: the first bytes of the file (or of its lines that are not UTF-8)."""
    text = sample.decode(GB18030, errors="replace")
    if "\ufffd" in text[:-1]:
        return False
    others = [character for character in text if not character.isascii() and character != "\ufffd"]
    if len(_HAN.findall(text)) < 2:
        return False
    chinese = [character for character in others if _CHINESE.match(character)]
    common = [character for character in chinese if _in_gb2312(character)]
    return len(chinese) >= _SHARE * len(others) and len(common) >= _SHARE * len(chinese)
