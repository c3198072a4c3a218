#!/usr/bin/env python3
"""A burst of concurrent sign-ins through the real form, against a Frontline on this machine.

    scripts/sign-in-burst.py --pid PID --email E --password P [--clients 500] [--url http://127.0.0.1:3000]

Each client posts the sign-in form once, as a browser without JavaScript would, and the script
prints how many were signed in, how many were told the server is busy, the sign-ins per second
and the server's peak resident memory (VmHWM of PID). Loopback only; bounded in count and time.
"""

import argparse
import http.client
import threading
import time
import urllib.parse


def sign_in(host, port, body, results, index):
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        conn.request(
            "POST",
            "/api/auth/sign_in",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "text/html",
                "Origin": f"http://{host}:{port}",
                "Sec-Fetch-Site": "same-origin",
            },
        )
        response = conn.getresponse()
        location = response.getheader("Location") or ""
        cookie = response.getheader("Set-Cookie") or ""
        response.read()
        conn.close()
        signed_in = "frontline_session=" in cookie and "Max-Age=0" not in cookie
        results[index] = (response.status, signed_in, location, time.monotonic() - started)
    except Exception as error:  # a dropped connection counts as a failure, never a hang
        results[index] = (0, False, str(error), time.monotonic() - started)


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:3000")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--clients", type=int, default=500)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.url)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")
    body = urllib.parse.urlencode({"email": args.email, "password": args.password})
    results = [None] * min(args.clients, 2000)
    before = peak_rss_mib(args.pid)
    threads = [
        threading.Thread(target=sign_in, args=(url.hostname, url.port or 80, body, results, i))
        for i in range(len(results))
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    took = time.monotonic() - started
    done = [r for r in results if r]
    signed_in = sum(1 for r in done if r[1])
    busy = sum(1 for r in done if not r[1] and "busy=1" in r[2])
    failed = sum(1 for r in done if not r[1] and "failed=1" in r[2])
    dropped = sum(1 for r in done if r[0] == 0)
    latencies = sorted(r[3] for r in done)
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
    other = len(done) - signed_in - busy - failed - dropped
    print(f"clients {len(results)}: signed in {signed_in}, told busy {busy}, "
          f"refused (wrong or throttled) {failed}, dropped {dropped}, other {other}")
    print(f"wall {took:.1f} s, {signed_in / took:.1f} sign-ins/s, p95 {p95:.2f} s")
    print(f"peak resident memory: {before:.0f} MiB before, {peak_rss_mib(args.pid):.0f} MiB after")


if __name__ == "__main__":
    main()
