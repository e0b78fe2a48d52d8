from application.errors import Conflict, Invalid, NotFound


class JobNotFound(NotFound):
    code = "job_not_found"


class LineNotFound(NotFound):
    code = "line_not_found"


class DeclarationNotReady(Conflict):
    code = "declaration_not_ready"


class NotReviewable(Conflict):
    code = "not_reviewable"


class UnknownCommodityCode(Invalid):
    code = "unknown_commodity_code"
