"""The administrator's pages: accounts and credits, tariff import, the activity log, analytics (403 for others)."""

from litestar import Response, get
from litestar.params import FromQuery, Parameter

from application.ports.accounts import AccountRepository
from application.ports.activity import ActivityLog
from application.ports.ledger import Ledger, Purchases
from entrypoints.bounds import LARGEST
from entrypoints.http.auth import admin_only
from entrypoints.http.injected import Injected
from entrypoints.http.web.i18n import chapter_names, language_of
from entrypoints.http.web.rendering import AnyRequest, Pages

ACCOUNTS_PER_PAGE = 50
ACTIONS = (
    "register", "sign-in", "sign-in-failed", "api-key", "upload", "download", "review", "header", "regenerate",
    "purchase", "admin-grant", "admin-approve-purchase", "admin-promote", "admin-tariff-import", "password-change",
    "admin-password-reset", "api-key-revoke",
)  # fmt: skip


@get("/admin", guards=[admin_only], include_in_schema=False)
async def accounts_page(
    request: AnyRequest,
    pages: Injected[Pages],
    accounts: Injected[AccountRepository],
    ledger: Injected[Ledger],
    purchases: Injected[Purchases],
    page: int = Parameter(default=1, ge=1, le=LARGEST // ACCOUNTS_PER_PAGE),
) -> Response[str]:
    """Accounts with their balances, and the purchases waiting for approval."""
    listed = await accounts.list((page - 1) * ACCOUNTS_PER_PAGE, ACCOUNTS_PER_PAGE + 1)
    shown = listed[:ACCOUNTS_PER_PAGE]
    balances = {account.id: await ledger.balance(account.id) for account in shown}
    pending = await purchases.pending()
    emails = {a.id: a.email for a in shown}
    for purchase in pending:
        if purchase.account_id not in emails:
            buyer = await accounts.get(purchase.account_id)
            emails[purchase.account_id] = buyer.email if buyer else purchase.account_id
    return pages.render(request, "admin_accounts.html", section="accounts", accounts=shown, balances=balances,
                        pending=pending, emails=emails, page=page, more=len(listed) > ACCOUNTS_PER_PAGE)  # fmt: skip


@get("/admin/tariff", guards=[admin_only], include_in_schema=False)
async def tariff_page(request: AnyRequest, pages: Injected[Pages]) -> Response[str]:
    return pages.render(request, "admin_tariff.html", section="tariff")


@get("/admin/activity", guards=[admin_only], include_in_schema=False)
async def activity_page(
    request: AnyRequest,
    pages: Injected[Pages],
    activity: Injected[ActivityLog],
    accounts: Injected[AccountRepository],
    email: FromQuery[str] = "",
    action: FromQuery[str] = "",
    limit: int = Parameter(default=100, ge=1, le=1000),
) -> Response[str]:
    """Who did what and when, newest first; filtered by account (email) and action."""
    wanted = email.strip().lower()
    who = await accounts.by_email(wanted) if wanted else None
    entries = await activity.recent(who.id if who else None, action or None, limit) if who or not wanted else []
    emails: dict[str, str] = {}
    for entry in entries:
        if entry.account_id and entry.account_id not in emails:
            account = await accounts.get(entry.account_id)
            emails[entry.account_id] = account.email if account else entry.account_id
    return pages.render(request, "admin_activity.html", section="activity", entries=entries, emails=emails,
                        actions=ACTIONS, email=email, action=action, limit=limit)  # fmt: skip


@get("/admin/analytics", guards=[admin_only], include_in_schema=False)
async def analytics_page(request: AnyRequest, pages: Injected[Pages]) -> Response[str]:
    """Live figures over the metrics WebSocket, history charts from the overview; chapter names for the bars."""
    chapters = chapter_names(language_of(request))
    return pages.render(request, "admin_analytics.html", section="analytics", chapters=chapters)
