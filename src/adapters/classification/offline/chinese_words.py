"""Chinese is written without spaces between words: a run of Chinese characters is cut into its words (jieba's
dictionary, shipped in its package) so that lines and lexicon phrases meet word for word, in any order
("女式长袖衬衫" holds the phrase "女式衬衫": 女式 / 长袖 / 衬衫)."""

import logging
import re
from functools import cache
from types import ModuleType

CHINESE_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def spaced_chinese(text: str) -> str:
    """The text with each run of Chinese characters written as its words apart, and apart from Latin letters
    and figures beside it ("304不锈钢无缝钢管" -> "304 不锈钢 无缝钢管 ")."""
    if text.isascii():
        return text
    return CHINESE_RUN.sub(lambda run: f" {' '.join(segmenter().lcut(run.group(), HMM=True))} ", text)


def is_chinese(token: str) -> bool:
    """A word in Chinese characters: one character alone can name goods ("壳", a case; "管", a pipe)."""
    return CHINESE_RUN.fullmatch(token) is not None


@cache
def segmenter() -> ModuleType:
    """jieba with its dictionary loaded (about half a second, once)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # it announces its dictionary load on every start
    jieba.initialize()
    return jieba
