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
/// not itself a trusted proxy.
pub fn client_address(peer: Option<IpAddr>, forwarded_for: &str, trusted: &[IpAddr]) -> String {
    let Some(peer) = peer else { return "unknown".into() };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    forwarded_for
        .rsplit(',')
        .map(str::trim)
        .filter_map(|hop| hop.parse::<IpAddr>().ok())
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
        .to_string()
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
        assert_eq!(client_address(None, "1.2.3.4", &proxy), "unknown");
    }
}
