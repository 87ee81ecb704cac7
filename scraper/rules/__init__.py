"""The national rules of the 協力確認書 as data, and the planning functions built on them.

`data` holds the rules and events; `plan` the single implementation of "where, when and how to
file"; `workers` the bulk checklist over a CSV of workers; `render` the readable text.
"""

from .data import (
    EVENTS,
    EVENTS_BY_ID,
    NO_REPORT_EVENTS,
    RULES,
    RULES_BY_ID,
    Event,
    Rule,
    parse_event,
)
from .plan import (
    DEFAULT_EVENT,
    Plan,
    PlannedFiling,
    Say,
    plan,
    plan_for_places,
)

__all__ = [
    "DEFAULT_EVENT",
    "EVENTS",
    "EVENTS_BY_ID",
    "NO_REPORT_EVENTS",
    "RULES",
    "RULES_BY_ID",
    "Event",
    "Plan",
    "PlannedFiling",
    "Rule",
    "Say",
    "parse_event",
    "plan",
    "plan_for_places",
]
