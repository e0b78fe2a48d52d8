from application.ports.activity import Activity


class InMemoryActivityLog:
    def __init__(self) -> None:
        self.activities: list[Activity] = []

    async def record(self, activity: Activity) -> None:
        self.activities.append(activity)

    async def recent(
        self, account_id: str | None = None, action: str | None = None, limit: int = 100
    ) -> list[Activity]:
        """Newest first (the latest recorded first at equal instants), filtered by account and action."""
        matching = [
            (a.at, order, a)
            for order, a in enumerate(self.activities)
            if (account_id is None or a.account_id == account_id) and (action is None or a.action == action)
        ]
        return [a for _, _, a in sorted(matching, key=lambda m: m[:2], reverse=True)[:limit]]
