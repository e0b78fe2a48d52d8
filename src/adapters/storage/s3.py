from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

_MISSING = frozenset({"404", "NoSuchKey", "NotFound"})


class S3FileStorage:
    """Files in an S3 bucket, on AWS or any S3-compatible endpoint (MinIO, Ceph, moto, ...)."""

    def __init__(
        self,
        bucket: str,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        client: Any = None,
    ) -> None:
        self._bucket = bucket
        self._client = client or boto3.client(
            "s3", endpoint_url=endpoint_url or None, region_name=region,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"addressing_style": "path"}),
        )  # fmt: skip

    def ensure_bucket(self) -> None:
        """Creates the bucket when it is not there (the embedded demo and tests; production buckets exist)."""
        try:
            self._client.head_bucket(Bucket=self._bucket)
        except ClientError as error:
            if _code(error) not in _MISSING:
                raise
            self._client.create_bucket(Bucket=self._bucket)

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        self._client.put_object(Bucket=self._bucket, Key=key, Body=data, ContentType=content_type)

    def get(self, key: str) -> bytes:
        try:
            response = self._client.get_object(Bucket=self._bucket, Key=key)
        except ClientError as error:
            if _code(error) in _MISSING:
                raise KeyError(key) from error
            raise
        body: bytes = response["Body"].read()
        return body

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self._bucket, Key=key)
        except ClientError as error:
            if _code(error) in _MISSING:
                return False
            raise
        return True

    def delete(self, key: str) -> None:
        """S3 answers a key that holds nothing as a deleted one."""
        self._client.delete_object(Bucket=self._bucket, Key=key)


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))
