//! The client's address for throttling and the audit log. `X-Forwarded-For` is believed only
//! when the peer is a configured proxy; otherwise anyone could claim any address.

use std::{net::IpAddr, net::SocketAddr, sync::Arc};

use app::state::ClientAddress;
use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};

/// Proxies whose `X-Forwarded-For` is trusted.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(pub Vec<IpAddr>);

pub async fn resolve_client_address(
    State(trusted): State<Arc<TrustedProxies>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let forwarded = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    let address = client_address(peer, &forwarded, &trusted.0);
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}

/// The peer, or — when the peer is a trusted proxy — the right-most forwarded address that is
/// not itself a trusted proxy. The chain is read from the right only as far as it is
/// trustworthy: a hop that is not an address (with or without a port) ends it, and the last
/// trusted proxy stands in for the client, since whatever lies left of it may be forged.
pub fn client_address(peer: Option<IpAddr>, forwarded_for: &str, trusted: &[IpAddr]) -> String {
    let Some(peer) = peer else { return "unknown".into() };
    let mut client = peer;
    for hop in forwarded_for.rsplit(',').map(str::trim) {
        if !trusted.contains(&client) {
            break;
        }
        let Some(ip) = hop_address(hop) else { break };
        client = ip;
    }
    client.to_string()
}

/// `192.0.2.1`, `2001:db8::1`, `192.0.2.1:4711` or `[2001:db8::1]:4711`.
fn hop_address(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<SocketAddr>().ok().map(|a| a.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let proxy = [ip("10.0.0.1")];
        // Straight from the client: its header is ignored.
        assert_eq!(client_address(Some(ip("203.0.113.9")), "1.2.3.4", &proxy), "203.0.113.9");
        // Through the proxy: the client it saw.
        assert_eq!(client_address(Some(ip("10.0.0.1")), "1.2.3.4", &proxy), "1.2.3.4");
        // A client-forged hop on the left is not believed over the proxy's own entry.
        assert_eq!(client_address(Some(ip("10.0.0.1")), "6.6.6.6, 1.2.3.4", &proxy), "1.2.3.4");
        // Garbage or nothing forwarded: the proxy itself.
        assert_eq!(client_address(Some(ip("10.0.0.1")), "junk", &proxy), "10.0.0.1");
        assert_eq!(client_address(Some(ip("10.0.0.1")), "", &proxy), "10.0.0.1");
        assert_eq!(client_address(None, "1.2.3.4", &proxy), "unknown");
        // An unparsable hop ends the chain: nothing left of it is believed.
        assert_eq!(client_address(Some(ip("10.0.0.1")), "6.6.6.6, junk", &proxy), "10.0.0.1");
        assert_eq!(client_address(Some(ip("10.0.0.1")), "junk, 1.2.3.4", &proxy), "1.2.3.4");
        // Through two proxies, the client the first one saw; ports are allowed.
        let proxies = [ip("10.0.0.1"), ip("10.0.0.2")];
        let chain = "6.6.6.6, 1.2.3.4:5678, 10.0.0.2";
        assert_eq!(client_address(Some(ip("10.0.0.1")), chain, &proxies), "1.2.3.4");
        let chain = "6.6.6.6, junk, 10.0.0.2";
        assert_eq!(client_address(Some(ip("10.0.0.1")), chain, &proxies), "10.0.0.2");
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), "[2001:db8::1]:443", &proxy),
            "2001:db8::1"
        );
    }
}
