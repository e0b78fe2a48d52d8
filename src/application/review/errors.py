from application.errors import Conflict, Invalid, NotFound


class JobNotFound(NotFound):
    code = "job_not_found"


class LineNotFound(NotFound):
    code = "line_not_found"


class DeclarationNotReady(Conflict):
    code = "declaration_not_ready"


class DeclarationOutdated(Conflict):
    """A line's code or the header changed after the declaration was built: it no longer declares them."""

    code = "declaration_outdated"


class NotReviewable(Conflict):
    code = "not_reviewable"


class LineChangedMeanwhile(Conflict):
    """The line's code is no longer the one the broker saw: another tab or a colleague changed it meanwhile."""

    code = "line_changed"


class UnknownCommodityCode(Invalid):
    code = "unknown_commodity_code"
