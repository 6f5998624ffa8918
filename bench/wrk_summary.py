"""Read wrk --latency output on standard input and print one row: rps, p50, p99, non-2xx, errors."""

import re
import sys

UNIT_TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match[1]) * UNIT_TO_MS[match[2]]


def main():
    page, path = sys.argv[1], sys.argv[2]
    output = sys.stdin.read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M)[1])
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M)[1])
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = sum(int(value) for value in socket.groups()) if socket else 0
    print(f"{page:<8} {path[:48]:<48} {rps:9.1f} {p50:9.1f} {p99:9.1f} {int(non2xx[1]) if non2xx else 0:8d} {errors:8d}")


if __name__ == "__main__":
    main()
