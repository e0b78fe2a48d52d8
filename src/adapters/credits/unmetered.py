class UnmeteredCredits:
    """Credits for the command line: the broker's own machine charges nothing, every reservation holds."""

    async def reserve(self, account_id: str, job_id: str, amount: int) -> bool:
        return True

    async def capture(self, account_id: str, job_id: str, amount: int) -> None:
        return None

    async def release(self, account_id: str, job_id: str) -> None:
        return None
