from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.engine import writing
from adapters.persistence.tables import activities
from application.ports.activity import Activity


class SqlActivityLog:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def record(self, activity: Activity) -> None:
        async with writing(self._sessions) as session:
            await session.execute(
                activities.insert().values(
                    account_id=activity.account_id, action=activity.action, at=activity.at,
                    subject=activity.subject, details=dict(activity.details),
                )
            )  # fmt: skip

    async def recent(
        self, account_id: str | None = None, action: str | None = None, limit: int = 100
    ) -> list[Activity]:
        """Newest first, filtered by account and action where given."""
        query = select(activities)
        if account_id is not None:
            query = query.where(activities.c.account_id == account_id)
        if action is not None:
            query = query.where(activities.c.action == action)
        query = query.order_by(activities.c.at.desc(), activities.c.id.desc()).limit(limit)
        async with self._sessions() as session:
            return [_activity(row) for row in await session.execute(query)]


def _activity(row: Any) -> Activity:
    return Activity(row.account_id, row.action, row.at, row.subject, dict(row.details))
