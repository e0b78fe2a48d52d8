"""Errors raised by the domain when a rule of the customs vocabulary is broken."""


class DomainError(Exception):
    """A business rule was broken."""


class InvalidCommodityCode(DomainError):
    """A commodity code does not have the shape of an HS or national tariff code."""


class IllegalTransition(DomainError):
    """A processing job was asked to move to a status it cannot reach from where it is."""
