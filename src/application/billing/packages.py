"""The credit packages on sale: one credit classifies one line (memory hits and repeats are free)."""

from application.billing.errors import UnknownPackage
from domain.billing.ledger import CreditPackage

CREDIT_PACKAGES = (
    CreditPackage("starter", 500, "10.00", "USD"),
    CreditPackage("broker", 5_000, "80.00", "USD"),
    CreditPackage("agency", 50_000, "600.00", "USD"),
)


def find_package(packages: tuple[CreditPackage, ...], package_id: str) -> CreditPackage:
    for package in packages:
        if package.id == package_id:
            return package
    raise UnknownPackage(f"no credit package '{package_id}'; on sale: {', '.join(p.id for p in packages)}")
