"""Errors a use case raises for the caller to show: each has a stable code the API sends as is."""


class ApplicationError(Exception):
    code = "error"


class NotFound(ApplicationError):
    """Also what another account's ids get: nobody learns that they exist."""

    code = "not_found"


class Conflict(ApplicationError):
    """The request is sound but the thing is not in a state that allows it."""

    code = "conflict"


class Invalid(ApplicationError):
    code = "invalid"
