//! One simulated phone: its own kept-alive HTTP/1.1 connection and session cookie, reconnecting
//! when the server closes the connection, and waiting as a browser would when told to retry.

use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// How often a 503 with `Retry-After` is followed before the step counts as failed.
const MAX_RETRIES: u32 = 20;
/// No single answer may take longer than this: a stalled server is an error, not a wait.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// 503s with `Retry-After` waited out before this answer.
    pub retried: u32,
}

impl Answer {
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or("")
    }

    pub fn location(&self) -> Option<&str> {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok())
    }
}

pub struct Browser {
    server: String,
    origin: String,
    cookie: Option<String>,
    connection: Option<SendRequest<Full<Bytes>>>,
}

/// A request the way a browser without JavaScript sends it (`Accept: text/html`), or the way
/// the quiz island's script does (`Accept: application/json`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    Page,
    Script,
}

impl Browser {
    /// `server` is `host:port`.
    pub fn new(server: &str, cookie: Option<String>) -> Self {
        Self {
            server: server.to_owned(),
            origin: format!("http://{server}"),
            cookie,
            connection: None,
        }
    }

    pub async fn get(&mut self, path: &str) -> anyhow::Result<Answer> {
        self.send(Method::GET, path, Sender::Page, None).await
    }

    pub async fn post(&mut self, path: &str, sender: Sender, form: &str) -> anyhow::Result<Answer> {
        self.send(Method::POST, path, sender, Some(form.to_owned())).await
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        sender: Sender,
        form: Option<String>,
    ) -> anyhow::Result<Answer> {
        let mut retried = 0;
        loop {
            let answer = tokio::time::timeout(
                REQUEST_TIMEOUT,
                self.once(method.clone(), path, sender, form.clone()),
            )
            .await
            .map_err(|_| anyhow::anyhow!("no answer within {} s", REQUEST_TIMEOUT.as_secs()))??;
            let wait = retry_after(&answer);
            match wait {
                Some(seconds) if retried < MAX_RETRIES => {
                    retried += 1;
                    tokio::time::sleep(Duration::from_secs(seconds)).await;
                }
                _ => return Ok(Answer { retried, ..answer }),
            }
        }
    }

    async fn once(
        &mut self,
        method: Method,
        path: &str,
        sender: Sender,
        form: Option<String>,
    ) -> anyhow::Result<Answer> {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, &self.server)
            .header(header::ACCEPT_ENCODING, "gzip, deflate, br")
            .header(
                header::ACCEPT,
                match sender {
                    Sender::Page => "text/html,application/xhtml+xml",
                    Sender::Script => "application/json",
                },
            );
        if let Some(cookie) = &self.cookie {
            request = request.header(header::COOKIE, cookie);
        }
        if form.is_some() {
            request = request
                .header(header::ORIGIN, &self.origin)
                .header("sec-fetch-site", "same-origin")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        let request = request.body(Full::new(Bytes::from(form.unwrap_or_default())))?;
        // One reconnect: a kept-alive connection the server has just closed is not an error.
        for attempt in 0..2 {
            let connection = self.connection().await?;
            match connection.send_request(request.clone()).await {
                Ok(response) => {
                    let (parts, body) = response.into_parts();
                    let mut body = body.collect().await?.to_bytes();
                    match parts.headers.get(header::CONTENT_ENCODING).and_then(|e| e.to_str().ok())
                    {
                        Some("gzip") => body = gunzip(&body)?,
                        Some("br") => body = unbrotli(&body)?,
                        _ => {}
                    }
                    if closes(&parts.headers) {
                        self.connection = None;
                    }
                    self.keep_cookie(&parts.headers);
                    return Ok(Answer {
                        status: parts.status,
                        headers: parts.headers,
                        body,
                        retried: 0,
                    });
                }
                Err(e)
                    if attempt == 0
                        && (e.is_canceled() || e.is_closed() || e.is_incomplete_message()) =>
                {
                    self.connection = None
                }
                Err(e) => return Err(e.into()),
            }
        }
        anyhow::bail!("the connection closed twice")
    }

    async fn connection(&mut self) -> anyhow::Result<&mut SendRequest<Full<Bytes>>> {
        if self.connection.as_ref().is_none_or(|c| c.is_closed()) {
            let stream = TcpStream::connect(&self.server).await?;
            stream.set_nodelay(true)?;
            let (sender, connection) =
                hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
            tokio::spawn(connection);
            self.connection = Some(sender);
        }
        let connection = self.connection.as_mut().expect("connected above");
        connection.ready().await?;
        Ok(connection)
    }

    /// A session cookie set by the server (signing in) replaces the one held.
    fn keep_cookie(&mut self, headers: &HeaderMap) {
        for value in headers.get_all(header::SET_COOKIE) {
            if let Some(pair) = value.to_str().ok().and_then(|v| v.split(';').next())
                && pair.contains("_session=")
                && !pair.ends_with('=')
            {
                self.cookie = Some(pair.to_owned());
            }
        }
    }
}

/// Pages come compressed, as phones ask for them (a browser's `Accept-Encoding`); the tool reads
/// them as a browser would.
fn gunzip(compressed: &[u8]) -> anyhow::Result<Bytes> {
    use std::io::Read;
    let mut plain = vec![];
    flate2::read::GzDecoder::new(compressed).read_to_end(&mut plain)?;
    Ok(plain.into())
}

fn unbrotli(compressed: &[u8]) -> anyhow::Result<Bytes> {
    use std::io::Read;
    let mut plain = vec![];
    brotli::Decompressor::new(compressed, 4096).read_to_end(&mut plain)?;
    Ok(plain.into())
}

fn closes(headers: &HeaderMap) -> bool {
    headers.get(header::CONNECTION) == Some(&HeaderValue::from_static("close"))
}

/// The seconds a 503 asks to wait before trying again.
fn retry_after(answer: &Answer) -> Option<u64> {
    (answer.status == StatusCode::SERVICE_UNAVAILABLE)
        .then(|| answer.headers.get(header::RETRY_AFTER)?.to_str().ok()?.parse().ok())
        .flatten()
}

/// Time since `started`, in milliseconds.
pub fn ms_since(started: Instant) -> u32 {
    started.elapsed().as_millis().min(u128::from(u32::MAX)) as u32
}
