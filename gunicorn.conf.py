"""Gunicorn settings for Potret Pimpinan; every value can be overridden from the environment.

Threaded workers (gthread) keep HTTP keep-alive connections open, and sync workers cannot.
On the 2-core bench machine, 3 workers x 4 threads served about twice the requests per
second of 5 sync workers, with a much lower p99 (bench/load.sh, docs/benchmarks.md).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow memory leak in any library cannot grow unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
max_requests_jitter = 2000
# Serve the code loaded once in the master; workers fork with it already imported.
preload_app = True
wsgi_app = "config.wsgi:application"

# Access log off by default: nginx keeps the access log, and the app logs failed requests
# itself as JSON lines. Set GUNICORN_ACCESS_LOG=- to write one to standard output.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
