from application.ports.activity import Activity


class InMemoryActivityLog:
    def __init__(self) -> None:
        self.activities: list[Activity] = []

    async def record(self, activity: Activity) -> None:
        self.activities.append(activity)

    async def recent(
        self, account_id: str | None = None, action: str | None = None, limit: int = 100
    ) -> list[Activity]:
        """Newest first, filtered by account and action where given."""
        matching = [
            a
            for a in self.activities
            if (account_id is None or a.account_id == account_id) and (action is None or a.action == action)
        ]
        return sorted(matching, key=lambda a: a.at, reverse=True)[:limit]
