"""The largest row number, id, offset or part a request or a command may name: what the database's 32-bit integers
hold. A larger one is no row, entry or page of anything, and is refused (400, or the command's usage error) before
it reaches the database, where it would be an error, not an answer."""

LARGEST = 2**31 - 1
