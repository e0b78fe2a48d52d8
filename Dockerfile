# The Gumruk image: `gumruk serve` (API) and `gumruk worker` (background worker) run from it.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install .
RUN useradd --create-home gumruk && mkdir -p /var/cache/gumruk /var/lib/gumruk \
    && chown gumruk /var/cache/gumruk /var/lib/gumruk
USER gumruk
EXPOSE 8000
CMD ["gumruk", "serve", "--host", "0.0.0.0", "--port", "8000"]
