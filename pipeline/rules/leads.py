"""What may open a sentence before its subject, written once for every stage that looks for a subject.

A span of time (近年来，/ 2021年以来，/ 在…中，), a moment (目前, 如今) or a date (2024年，/
截至今年9月底，/ 今年上半年，) may stand before the place, body or person a sentence is about;
the place stage (a paragraph's topic), the metric subjects and the relation actors skip it alike.
"""

from __future__ import annotations

import re

# a span of time or a moment
TIME_LEAD = r"[^，。“”]{0,12}(?:以来|年来|时|中|后|前|近日|这样|如今|目前|同时)[，,]|近年来|目前|如今|近日"
# a date
DATE_LEAD = (r"(?:截至|截止)[^，。“”]{1,12}[，,]|\d{4}年(?:\d{1,2}月)?(?:份|底|末|初)?[，,]|"
             r"(?:今年|去年|前年)(?:年初|年底|上半年|下半年|前三季度)?[，,]")
SENTENCE_LEAD = re.compile(rf"^(?:{TIME_LEAD}|{DATE_LEAD})?[，,]?")
