//! `frontline loadtest`: exam day against running servers. A cohort of trainees is written into
//! the database (signed in already, or not for the sign-in storm); each one then opens the
//! module, starts, loads the quiz, saves twice, submits and reads the result, on its own
//! kept-alive connection, at times spread as the options say. Afterwards the database is asked
//! whether every acknowledged submission is there, scored once.

mod browser;
mod cohort;
mod figures;

use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::DatabaseConnection;
use tokio::time::sleep_until;

use browser::{Browser, Sender, ms_since};
use figures::{Figures, process_use};

#[derive(clap::Args)]
pub struct LoadTest {
    /// What happens: the exam spike, a sign-in storm, hostile 10 MB bodies, or the rates of the
    /// quiz page and of the stylesheet (each trainee asks for each `--repeat` times).
    #[arg(long, value_enum, default_value_t = Scenario::Exam)]
    scenario: Scenario,
    #[arg(long, default_value_t = 1000)]
    trainees: usize,
    /// Servers (host:port) the trainees are spread over, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "127.0.0.1:3000")]
    servers: Vec<String>,
    /// Every trainee begins within this many seconds.
    #[arg(long, default_value_t = 10)]
    start_within: u64,
    /// Every trainee submits within this many seconds of the start.
    #[arg(long, default_value_t = 60)]
    submit_within: u64,
    /// The module to take (its published version); else the first one without a time limit.
    #[arg(long)]
    module: Option<i32>,
    /// Process ids of the servers: their CPU time and peak memory are reported.
    #[arg(long, value_delimiter = ',')]
    server_pids: Vec<u32>,
    /// The session cookie's name (`__Host-frontline_session` when served with secure cookies).
    #[arg(long, default_value = "frontline_session")]
    cookie_name: String,
    /// How often each trainee asks for the page and the file (`--scenario rates`).
    #[arg(long, default_value_t = 20)]
    repeat: usize,
    /// Exit non-zero on any failed request too, not only on a lost or double-scored submission.
    #[arg(long)]
    fail_on_errors: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Scenario {
    Exam,
    SignIn,
    Bodies,
    Rates,
}

pub async fn run(db: &DatabaseConnection, options: LoadTest) -> anyhow::Result<()> {
    let signed_in = !matches!(options.scenario, Scenario::SignIn);
    let prepared = Instant::now();
    let cohort =
        cohort::create(db, options.trainees, options.module, signed_in, &options.cookie_name)
            .await?;
    println!(
        "{} trainees of agency {} ready in {:.1} s; module {} (version {}); servers {}",
        cohort.trainees.len(),
        cohort.agency_id,
        prepared.elapsed().as_secs_f64(),
        cohort.module_id,
        cohort.version_id,
        options.servers.join(", ")
    );
    let stats_before = cohort::version_attempts(db, cohort.version_id).await?;
    let before: Vec<_> = options.server_pids.iter().map(|p| process_use(*p)).collect();
    let started = Instant::now();
    let (mut figures, acknowledged) = match options.scenario {
        Scenario::Exam => exam(&cohort, &options).await,
        Scenario::SignIn => sign_in_storm(&cohort, &options).await,
        Scenario::Bodies => hostile_bodies(&cohort, &options).await,
        Scenario::Rates => {
            rates(&cohort, &options).await;
            (Figures::default(), vec![])
        }
    };
    let elapsed = started.elapsed().as_secs_f64();
    println!("\nran {elapsed:.1} s");
    figures.print();
    println!("worst step's p95: {} ms", figures.worst_p95());
    for (pid, before) in options.server_pids.iter().zip(before) {
        if let (Some(before), Some(after)) = (before, process_use(*pid)) {
            println!(
                "server {pid}: {:.2} cores busy on average, peak resident memory {:.0} MB",
                (after.cpu_seconds - before.cpu_seconds) / elapsed,
                after.peak_rss_mb
            );
        }
    }
    let outcome = cohort::check(db, &cohort, &acknowledged, stats_before).await?;
    println!(
        "submissions: {} acknowledged, {} stored as submitted, {} acknowledged but lost, {} double-scored; {} errors",
        acknowledged.len(),
        outcome.submitted,
        outcome.lost.len(),
        outcome.double_scored,
        figures.errors()
    );
    if matches!(options.scenario, Scenario::Exam) && elapsed > 0.0 {
        println!(
            "scored submits per second over the run: {:.0}",
            acknowledged.len() as f64 / elapsed
        );
    }
    anyhow::ensure!(outcome.lost.is_empty(), "acknowledged but lost: {:?}", outcome.lost);
    anyhow::ensure!(outcome.double_scored == 0, "{} double-scored", outcome.double_scored);
    anyhow::ensure!(
        !options.fail_on_errors || figures.errors() == 0,
        "{} requests failed",
        figures.errors()
    );
    Ok(())
}

/// Runs one task per trainee on server `i % servers`, each waiting first until its start time,
/// and gathers their figures and acknowledged attempts.
async fn spread<F, Fut>(cohort: &cohort::Cohort, options: &LoadTest, each: F) -> (Figures, Vec<i32>)
where
    F: Fn(Browser, tokio::time::Instant, f64, f64) -> Fut,
    Fut: Future<Output = (Figures, Option<i32>)> + Send + 'static,
{
    // The same plan every run.
    let mut plan = crate::tools::synthetic::Rng(0x0e8a_d0a7_5eed_1234);
    let zero = tokio::time::Instant::now() + Duration::from_millis(200);
    let mut tasks = tokio::task::JoinSet::new();
    for (i, trainee) in cohort.trainees.iter().enumerate() {
        let server = &options.servers[i % options.servers.len()];
        let browser = Browser::new(server, trainee.cookie.clone());
        let at = zero + Duration::from_secs_f64(plan.unit() * options.start_within as f64);
        tasks.spawn(each(browser, at, plan.unit(), plan.unit()));
    }
    let mut figures = Figures::default();
    let mut acknowledged = vec![];
    while let Some(done) = tasks.join_next().await {
        if let Ok((mine, attempt)) = done {
            figures.merge(mine);
            acknowledged.extend(attempt);
        }
    }
    (figures, acknowledged)
}

async fn exam(cohort: &cohort::Cohort, options: &LoadTest) -> (Figures, Vec<i32>) {
    let module_id = cohort.module_id;
    let submit_within = Duration::from_secs(options.submit_within);
    let zero = tokio::time::Instant::now();
    spread(cohort, options, move |browser, at, u, v| {
        let deadline = zero + submit_within;
        async move { take_quiz(browser, module_id, at, deadline, u, v).await }
    })
    .await
}

/// One trainee's exam. Returns the attempt when its submission was acknowledged.
async fn take_quiz(
    mut browser: Browser,
    module_id: i32,
    at: tokio::time::Instant,
    deadline: tokio::time::Instant,
    u: f64,
    v: f64,
) -> (Figures, Option<i32>) {
    let mut figures = Figures::default();
    sleep_until(at).await;
    let attempt = async {
        let page =
            timed(&mut figures, "module", browser.get(&format!("/learn/{module_id}"))).await?;
        let key = value_after(page.text(), "name=\"key\" value=\"").ok_or_else(|| {
            let what = format!("no start form ({} {:?})", page.status, page.location());
            failed(&mut figures, "module", &what)
        })?;
        let form = format!("module_id={module_id}&key={key}&lang=en");
        let started =
            timed(&mut figures, "start", browser.post("/api/learning/start", Sender::Page, &form))
                .await?;
        let id: i32 = started
            .location()
            .and_then(|l| l.strip_prefix("/attempts/"))
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| failed(&mut figures, "start", "not sent to the attempt"))?;
        let quiz = timed(&mut figures, "quiz", browser.get(&format!("/attempts/{id}"))).await?;
        let answers = answers_on(quiz.text());
        if answers.is_empty() {
            return Err(failed(&mut figures, "quiz", "no questions on the page"));
        }
        // Answering takes the rest of the time until the deadline: two saves, then the submit.
        // Half the phones run the quiz's script (autosave); the others press "Save answers"
        // and get the page again.
        let with_script = v < 0.5;
        let now = tokio::time::Instant::now();
        let rest = deadline.saturating_duration_since(now).max(Duration::from_secs(3));
        for (step, share) in [("save 1", 0.33 * u), ("save 2", 0.33 + 0.33 * v)] {
            sleep_until(now + rest.mul_f64(share)).await;
            let started = Instant::now();
            let saved = if with_script {
                let seq = chrono::Utc::now().timestamp_millis();
                let form = format!("attempt_id={id}&seq={seq}&{answers}");
                browser.post("/api/learning/save_answers", Sender::Script, &form).await
            } else {
                let form = format!("attempt_id={id}&action=save&{answers}");
                match browser.post("/api/learning/submit", Sender::Page, &form).await {
                    Ok(a) if a.location() == Some(&format!("/attempts/{id}?saved=1")) => {
                        browser.get(&format!("/attempts/{id}?saved=1")).await
                    }
                    other => other,
                }
            };
            match saved {
                Ok(a) if a.status.is_success() => figures.ok(step, ms_since(started), a.retried),
                Ok(a) => return Err(failed(&mut figures, step, a.status.as_str())),
                Err(e) => return Err(failed(&mut figures, step, &e.to_string())),
            }
        }
        sleep_until(now + rest.mul_f64(0.66 + 0.34 * u * v)).await;
        let form = format!("attempt_id={id}&action=submit&{answers}");
        let submitted = timed(
            &mut figures,
            "submit",
            browser.post("/api/learning/submit", Sender::Page, &form),
        )
        .await?;
        if submitted.location() != Some(&format!("/attempts/{id}#result")) {
            return Err(failed(&mut figures, "submit", "not sent to the result"));
        }
        // Acknowledged from here on: whatever the result page does, the submission must stay.
        let result = timed(&mut figures, "result", browser.get(&format!("/attempts/{id}"))).await;
        if let Ok(page) = result
            && !page.text().contains("id=\"result\"")
        {
            let _ = failed(&mut figures, "result", "no result on the page");
        }
        Ok(id)
    }
    .await;
    (figures, attempt.ok())
}

/// Awaits a request as step `name`: its time when it answered 2xx or 3xx, else an error.
async fn timed(
    figures: &mut Figures,
    name: &'static str,
    request: impl Future<Output = anyhow::Result<browser::Answer>>,
) -> Result<browser::Answer, Failed> {
    let started = Instant::now();
    match request.await {
        Ok(answer) if answer.status.is_success() || answer.status.is_redirection() => {
            figures.ok(name, ms_since(started), answer.retried);
            Ok(answer)
        }
        Ok(answer) => Err(failed(figures, name, answer.status.as_str())),
        Err(e) => Err(failed(figures, name, &e.to_string())),
    }
}

/// A step that failed, counted in the figures: the trainee's exam ends there.
struct Failed;

fn failed(figures: &mut Figures, name: &'static str, what: &str) -> Failed {
    figures.error(name, what.chars().take(80).collect());
    Failed
}

/// The attribute value that follows `marker` in `html`.
fn value_after<'h>(html: &'h str, marker: &str) -> Option<&'h str> {
    let rest = &html[html.find(marker)? + marker.len()..];
    Some(&rest[..rest.find('"')?])
}

/// A form-encoded answer to every question on the quiz page: each field's first offered value
/// (a radio button, a box, a choice in a list). Right or wrong does not matter here.
fn answers_on(html: &str) -> String {
    let mut given: Vec<(String, String)> = vec![];
    let mut rest = html;
    while let Some(at) = rest.find("name=\"answers[") {
        rest = &rest[at + 6..];
        let Some(end) = rest.find('"') else { break };
        let name = &rest[..end];
        let value = rest[end..]
            .match_indices("value=\"")
            .map(|(i, m)| &rest[end + i + m.len()..])
            .map(|v| &v[..v.find('"').unwrap_or(0)])
            .find(|v| !v.is_empty());
        if let Some(value) = value
            && !given.iter().any(|(n, _)| n == name)
        {
            given.push((name.to_owned(), value.to_owned()));
        }
    }
    form_urlencoded::Serializer::new(String::new()).extend_pairs(given).finish()
}

/// Requests per second for the quiz page (rendered on the server from the database) and for
/// the stylesheet (a file), each asked for `repeat` times by every trainee on its connection.
async fn rates(cohort: &cohort::Cohort, options: &LoadTest) {
    let module_id = cohort.module_id;
    let mut ready = vec![];
    for (i, trainee) in cohort.trainees.iter().enumerate() {
        let mut browser =
            Browser::new(&options.servers[i % options.servers.len()], trainee.cookie.clone());
        let Ok(page) = browser.get(&format!("/learn/{module_id}")).await else { continue };
        let (Some(key), Some(css)) = (
            value_after(page.text(), "name=\"key\" value=\""),
            value_after(page.text(), "rel=\"stylesheet\" href=\""),
        ) else {
            continue;
        };
        let (key, css) = (key.to_owned(), css.to_owned());
        let form = format!("module_id={module_id}&key={key}&lang=en");
        let Some(id) = browser
            .post("/api/learning/start", Sender::Page, &form)
            .await
            .ok()
            .and_then(|a| a.location().map(str::to_owned))
        else {
            continue;
        };
        ready.push((browser, id, css));
    }
    for what in ["quiz page", "stylesheet"] {
        let started = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for (browser, quiz, css) in ready.drain(..) {
            let repeat = options.repeat;
            tasks.spawn(async move {
                let mut browser = browser;
                let path = if what == "quiz page" { quiz.clone() } else { css.clone() };
                let mut ok = 0usize;
                for _ in 0..repeat {
                    if browser.get(&path).await.is_ok_and(|a| a.status.is_success()) {
                        ok += 1;
                    }
                }
                (browser, quiz, css, ok)
            });
        }
        let mut ok = 0;
        while let Some(Ok((browser, quiz, css, n))) = tasks.join_next().await {
            ok += n;
            ready.push((browser, quiz, css));
        }
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{what}: {ok} answered 200 in {seconds:.1} s: {:.0} per second",
            ok as f64 / seconds
        );
    }
}

/// Every trainee signs in at once (a training room at 09:00), with the one password they share.
async fn sign_in_storm(cohort: &cohort::Cohort, options: &LoadTest) -> (Figures, Vec<i32>) {
    let emails: Arc<Vec<String>> =
        Arc::new(cohort.trainees.iter().map(|t| t.email.clone()).collect());
    let password = cohort.password.clone();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    spread(cohort, options, move |mut browser, at, _, _| {
        let (emails, password, next) = (emails.clone(), password.clone(), next.clone());
        async move {
            let mut figures = Figures::default();
            sleep_until(at).await;
            let email = &emails[next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)];
            let form = form_urlencoded::Serializer::new(String::new())
                .append_pair("email", email)
                .append_pair("password", &password)
                .finish();
            if let Ok(answer) = timed(
                &mut figures,
                "sign in",
                browser.post("/api/auth/sign_in", Sender::Page, &form),
            )
            .await
                && answer.location().is_none_or(|l| l.starts_with("/sign-in"))
            {
                let _ = failed(&mut figures, "sign in", "sent back to the sign-in page");
            }
            (figures, None)
        }
    })
    .await
}

/// Each trainee posts a 10 MB body to the quiz form: the server must refuse each quickly
/// without holding the bodies in memory.
async fn hostile_bodies(cohort: &cohort::Cohort, options: &LoadTest) -> (Figures, Vec<i32>) {
    let body: Arc<str> = format!("attempt_id=1&answers%5Bq0%5D={}", "A".repeat(10 << 20)).into();
    spread(cohort, options, move |mut browser, at, _, _| {
        let body = body.clone();
        async move {
            let mut figures = Figures::default();
            sleep_until(at).await;
            let started = Instant::now();
            match browser.post("/api/learning/submit", Sender::Script, &body).await {
                Ok(a) if a.status.as_u16() == 413 => figures.ok("10 MB body", ms_since(started), 0),
                Ok(a) => {
                    let _ = failed(&mut figures, "10 MB body", a.status.as_str());
                }
                // Refused before the body was read: the server may close the connection.
                Err(_) => figures.ok("10 MB body", ms_since(started), 0),
            }
            (figures, None)
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_off_the_quiz_page() {
        let html = r#"<input type="radio" name="answers[q0]" value="1"/><input type="radio" name="answers[q0]" value="0"/>
            <select name="answers[q1_0]"><option value="">—</option><option value="2">b</option></select>"#;
        assert_eq!(answers_on(html), "answers%5Bq0%5D=1&answers%5Bq1_0%5D=2");
        assert_eq!(
            value_after(r#"<input name="key" value="abc"/>"#, "name=\"key\" value=\""),
            Some("abc")
        );
    }
}
