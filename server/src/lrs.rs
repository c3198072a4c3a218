//! Pushes the xAPI outbox to the partner's Learning Record Store configured by
//! `FRONTLINE_LRS_URL` (with `FRONTLINE_LRS_USERNAME` and `FRONTLINE_LRS_PASSWORD`): collect the
//! new statements, then send them in batches. A batch the LRS refuses is sent again one
//! statement at a time, so that one invalid statement is kept as refused and the others go; an
//! LRS that is down or failing leaves every statement in the outbox, tried again with backoff.

use std::time::Duration;

use app::services::credentials::Issuer;
use app::services::xapi::outbox;
use chrono::Utc;
use reqwest::StatusCode;
use sea_orm::DatabaseConnection;

use crate::config::Secret;

/// Statements per request: small enough for any LRS's body limit.
const BATCH: u64 = 50;
/// Batches per push at most, so that one push never runs for long.
const BATCHES_PER_PUSH: usize = 40;

/// Where statements go, and how to sign in there.
#[derive(Clone)]
pub struct Lrs {
    /// The xAPI base (`…/xAPI`), without `/statements`.
    endpoint: String,
    username: String,
    password: Secret,
    http: reqwest::Client,
}

/// What one push did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pushed {
    pub collected: usize,
    pub sent: usize,
    pub refused: usize,
    pub postponed: usize,
    /// Sent long ago, deleted from the outbox.
    pub pruned: u64,
}

/// The LRS's answer to one request, as the outbox needs it.
enum Answer {
    Stored,
    /// The statement (or one of the batch) is invalid: what the LRS said.
    Refused(String),
    /// Not the statements' fault: the LRS is down, busy, failing or refuses our credentials.
    Later(String),
}

impl Lrs {
    pub fn new(endpoint: &str, username: &str, password: Secret) -> anyhow::Result<Self> {
        let endpoint = endpoint.trim();
        let rest = endpoint
            .strip_prefix("https://")
            .or_else(|| endpoint.strip_prefix("http://"))
            .ok_or_else(|| {
            anyhow::anyhow!("FRONTLINE_LRS_URL must start with https:// or http://")
        })?;
        // The address is shown to admins and logged: credentials never ride in it.
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        anyhow::ensure!(
            !host.contains('@') && !rest.contains('?'),
            "FRONTLINE_LRS_URL must not hold credentials or a query: set FRONTLINE_LRS_USERNAME \
             and FRONTLINE_LRS_PASSWORD instead"
        );
        // Basic auth sends the password with every request: in clear only to this machine.
        let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
        anyhow::ensure!(
            endpoint.starts_with("https://") || ["127.0.0.1", "localhost", "[::1]"].contains(&name),
            "FRONTLINE_LRS_URL must use https:// (plain http:// only to this machine)"
        );
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("Frontline/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            endpoint: endpoint.trim_end_matches('/').to_owned(),
            username: username.to_owned(),
            password,
            http,
        })
    }

    /// The address, for admins and logs (never the credentials).
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// One push: collect, send what is due until the outbox has nothing due, then prune what
    /// was sent long ago (a failed pruning is logged: it never holds back a delivery).
    pub async fn push(
        &self,
        db: &DatabaseConnection,
        issuer: &Issuer,
    ) -> Result<Pushed, sea_orm::DbErr> {
        let mut pushed = Pushed {
            collected: outbox::collect(db, issuer, Utc::now()).await?,
            ..Default::default()
        };
        self.send_due(db, &mut pushed).await?;
        pushed.pruned = outbox::prune_sent(db, Utc::now()).await.unwrap_or_else(|e| {
            tracing::warn!("pruning the xAPI outbox failed: {e}");
            0
        });
        Ok(pushed)
    }

    /// Sends batch after batch of what is due, counting into `pushed`, until nothing is due or
    /// the LRS asks to wait.
    async fn send_due(
        &self,
        db: &DatabaseConnection,
        pushed: &mut Pushed,
    ) -> Result<(), sea_orm::DbErr> {
        for _ in 0..BATCHES_PER_PUSH {
            let batch = outbox::claim(db, BATCH, Utc::now()).await?;
            if batch.is_empty() {
                break;
            }
            let body = format!(
                "[{}]",
                batch.iter().map(|r| r.statement.as_str()).collect::<Vec<_>>().join(",")
            );
            match self.send(reqwest::Method::POST, "statements".into(), body).await {
                Answer::Stored => {
                    outbox::sent(db, &batch, Utc::now()).await?;
                    pushed.sent += batch.len();
                }
                Answer::Later(why) => {
                    outbox::postpone(db, &batch, &why, Utc::now()).await?;
                    pushed.postponed += batch.len();
                    break;
                }
                // One statement spoils a batch: each alone, so that only the invalid one stays.
                Answer::Refused(_) => {
                    for (i, row) in batch.iter().enumerate() {
                        let path = format!("statements?statementId={}", row.statement_id);
                        match self.send(reqwest::Method::PUT, path, row.statement.clone()).await {
                            Answer::Stored => {
                                outbox::sent(db, std::slice::from_ref(row), Utc::now()).await?;
                                pushed.sent += 1;
                            }
                            Answer::Refused(why) => {
                                // Its answer (which may quote the statement) is for admins only.
                                tracing::warn!(statement = %row.statement_id, "the LRS refused a statement");
                                outbox::refused(db, row, &why).await?;
                                pushed.refused += 1;
                            }
                            Answer::Later(why) => {
                                outbox::postpone(db, &batch[i..], &why, Utc::now()).await?;
                                pushed.postponed += batch.len() - i;
                                return Ok(());
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }

    async fn send(&self, method: reqwest::Method, path: String, body: String) -> Answer {
        let response = self
            .http
            .request(method, format!("{}/{path}", self.endpoint))
            .basic_auth(&self.username, Some(self.password.expose()))
            .header("X-Experience-API-Version", "1.0.3")
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await;
        let response = match response {
            Ok(r) => r,
            // Never the error's URL with credentials: reqwest's message names host and cause.
            Err(e) => {
                return Answer::Later(format!("the LRS could not be reached: {}", e.without_url()));
            }
        };
        let status = response.status();
        let text: String = response.text().await.unwrap_or_default().chars().take(800).collect();
        match status {
            s if s.is_success() => Answer::Stored,
            // A statement with this id that differs from ours, an invalid statement, a body too
            // large: about the statements, not the LRS.
            StatusCode::BAD_REQUEST
            | StatusCode::CONFLICT
            | StatusCode::PAYLOAD_TOO_LARGE
            | StatusCode::UNPROCESSABLE_ENTITY => Answer::Refused(format!("{status}: {text}")),
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                Answer::Later(format!("{status}: the LRS refused Frontline's credentials"))
            }
            _ => Answer::Later(format!("{status}: {text}")),
        }
    }

    /// Pushes every `every`, until the process ends. A failed push is logged and tried again.
    pub fn spawn(
        self,
        db: DatabaseConnection,
        issuer: Issuer,
        every: Duration,
    ) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match self.push(&db, &issuer).await {
                    Ok(p) if p.sent + p.refused + p.postponed > 0 || p.pruned > 0 => {
                        tracing::info!(
                            endpoint = %self.endpoint,
                            sent = p.sent, refused = p.refused, postponed = p.postponed,
                            pruned = p.pruned, "xAPI statements pushed"
                        );
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("the xAPI push failed: {e}"),
                }
            }
        })
    }
}
