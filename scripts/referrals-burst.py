#!/usr/bin/env python3
"""A burst of officers opening the referral directory at once, against a Frontline on this machine.

    scripts/referrals-burst.py --pid PID --email E --password P [--clients 300] [--url http://127.0.0.1:3000]

Signs in once, then each client asks `/referrals` with a different filter (as a phone without
JavaScript would) and checks the answer: status 200 and, where the filter should find a service,
a `tel:` link. Prints the answers by kind, the median, 95th percentile and slowest answer, and
the server's peak resident memory (VmHWM of PID). Loopback only; bounded in count and time.
"""

import argparse
import http.client
import statistics
import threading
import time
import urllib.parse

FILTERS = [
    "",
    "?city=Beirut&kind=shelter&serves=women&language=ar",
    "?country=JO&kind=police_unit",
    "?country=TR&q=hotline",
    "?country=IQ&serves=children",
    "/sheet?country=LB&city=Beirut",
]


def sign_in(host, port, email, password):
    conn = http.client.HTTPConnection(host, port, timeout=60)
    body = urllib.parse.urlencode({"email": email, "password": password})
    conn.request("POST", "/api/auth/sign_in", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html",
        "Origin": f"http://{host}:{port}", "Sec-Fetch-Site": "same-origin"})
    response = conn.getresponse()
    response.read()
    cookie = response.getheader("Set-Cookie") or ""
    return cookie.split(";")[0]


def ask(host, port, cookie, path, results, index):
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        conn.request("GET", path, headers={"Cookie": cookie, "Accept": "text/html"})
        response = conn.getresponse()
        html = response.read().decode("utf-8", "replace")
        conn.close()
        results[index] = (response.status, "tel:" in html, time.monotonic() - started)
    except Exception:  # a dropped connection counts as a failure, never a hang
        results[index] = (0, False, time.monotonic() - started)


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
    parser.add_argument("--clients", type=int, default=300)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.url)
    host, port = url.hostname, url.port or 80
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")
    cookie = sign_in(host, port, args.email, args.password)
    if "frontline_session=" not in cookie:
        raise SystemExit("could not sign in")
    before = peak_rss_mib(args.pid)
    results = [None] * args.clients
    threads = [threading.Thread(target=ask, args=(host, port, cookie,
               "/referrals" + FILTERS[i % len(FILTERS)], results, i)) for i in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    elapsed = time.monotonic() - started
    ok = sum(1 for r in results if r and r[0] == 200)
    found = sum(1 for r in results if r and r[1])
    failed = [r for r in results if not r or r[0] != 200]
    times = sorted(r[2] * 1000 for r in results if r)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{args.clients} officers at once: {ok} answered 200, {found} with a tel: link, {len(failed)} failed")
    print(f"answers in {elapsed:.2f} s: median {statistics.median(times):.0f} ms, "
          f"95th percentile {p95:.0f} ms, slowest {times[-1]:.0f} ms")
    print(f"server peak resident memory: {before:.0f} MiB before, {peak_rss_mib(args.pid):.0f} MiB after")
    if failed or found != ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
