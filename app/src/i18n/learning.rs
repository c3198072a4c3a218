//! The learner's sentences with values in them (`## learner` in the .ftl files): each language
//! orders its words its own way.

use super::Locale;

impl Locale {
    /// A link back to a page, by its title: the arrow points the way the script reads back.
    pub fn back_link(self, title: &str) -> String {
        say!(self, BackLink { title })
    }

    /// A module assigned with a due date (`YYYY-MM-DD`) not yet passed.
    pub fn assigned_due_on(self, date: &str) -> String {
        let date = &self.date_of(date);
        say!(self, AssignedDueOn { date })
    }

    /// A module assigned with a due date that has passed.
    pub fn assigned_overdue_since(self, date: &str) -> String {
        let date = &self.date_of(date);
        say!(self, AssignedOverdueSince { date })
    }

    /// The facts line of a module card; `status` is already translated.
    pub fn module_meta(
        self,
        minutes: i32,
        lessons: usize,
        status: &str,
        best_percent: Option<f64>,
    ) -> String {
        let mut meta = say!(self, ModuleMeta { minutes, lessons, status });
        if let Some(p) = best_percent {
            meta += &say!(self, ModuleMetaBestScore { percent: self.percent(p) });
        }
        meta
    }

    /// The accessible name of a progress bar.
    pub fn percent_done(self, percent: u32) -> String {
        say!(self, PercentDone { percent: self.percent(percent.into()) })
    }

    /// What a module's quiz asks: questions, pass mark, time limit and attempts.
    pub fn quiz_facts(
        self,
        questions: usize,
        pass_mark_percent: i32,
        time_limit_minutes: Option<i32>,
        attempts_used: usize,
        max_attempts: Option<i32>,
    ) -> String {
        let mut facts =
            say!(self, QuizFacts { questions, pass_mark: self.percent(pass_mark_percent.into()) });
        if let Some(minutes) = time_limit_minutes {
            facts += &say!(self, QuizFactsTimeLimit { minutes });
        }
        facts += &match max_attempts {
            Some(max) => say!(self, QuizFactsAttemptsUsed { used: attempts_used, max }),
            None => self.t(super::Msg::QuizFactsAttemptsUnlimited).to_owned(),
        };
        facts
    }

    /// Lessons still unread before a module can be complete.
    pub fn still_to_read(self, unread: usize) -> String {
        say!(self, StillToRead { unread })
    }

    /// Why no new attempt can start.
    pub fn all_attempts_used(self, max: i32) -> String {
        say!(self, AllAttemptsUsed { max })
    }

    pub fn quiz_attempt_title(self, number: i32) -> String {
        say!(self, QuizAttemptTitle { number })
    }

    pub fn attempt_result_title(self, number: i32) -> String {
        say!(self, AttemptResultTitle { number })
    }

    pub fn lesson_of(self, number: usize, total: usize) -> String {
        say!(self, LessonOf { number, total })
    }

    /// "7 of 11 answered", in the quiz's bar.
    pub fn answered_count(self, answered: usize, total: usize) -> String {
        say!(self, AnsweredCount { answered, total })
    }

    pub fn review_title(self, number: i32) -> String {
        say!(self, ReviewTitle { number })
    }

    pub fn review_summary(self, answered: usize, total: usize) -> String {
        say!(self, ReviewSummary { answered, total })
    }

    pub fn question_of(self, number: usize, total: usize) -> String {
        say!(self, QuestionOf { number, total })
    }

    /// A question's worth, after its prompt.
    pub fn question_points(self, points: i32) -> String {
        say!(self, QuestionPoints { points })
    }

    /// The heading of a scored quiz.
    /// Pass or fail, with the score when the module shows it.
    pub fn result_heading(
        self,
        passed: bool,
        score: Option<crate::model::quiz::Score>,
        pass_mark_percent: i32,
    ) -> String {
        let passed = if passed { "yes" } else { "no" };
        let pass_mark = self.percent(pass_mark_percent.into());
        match score {
            Some(s) => say!(
                self,
                ResultHeadingScored {
                    passed,
                    percent: self.percent(s.percent),
                    earned: s.earned,
                    possible: s.possible,
                    pass_mark,
                }
            ),
            None => say!(self, ResultHeading { passed, pass_mark }),
        }
    }

    /// The points a question earned, after its prompt in the result.
    pub fn points_earned(self, earned: f64, points: i32) -> String {
        say!(self, PointsEarned { earned, points })
    }

    pub fn your_answer(self, given: &str) -> String {
        say!(self, YourAnswer { given })
    }

    pub fn right_answer(self, expected: &str) -> String {
        say!(self, RightAnswer { expected })
    }

    /// The autosave's report; `time` is `HH:MM:SS`.
    pub fn answers_saved_at(self, time: &str) -> String {
        say!(self, AnswersSavedAt { time })
    }

    /// The offline indicator's count; `n` may be a placeholder the browser fills.
    pub fn sync_waiting(self, n: &str) -> String {
        say!(self, SyncWaiting { n })
    }

    /// When the offline indicator last saw something sent; `time` as for
    /// [`Self::answers_saved_at`].
    pub fn sync_sent_at(self, time: &str) -> String {
        say!(self, SyncSentAt { time })
    }

    /// The space kept for offline use; `size` is written by the browser ("1.2 MB").
    pub fn offline_storage(self, size: &str) -> String {
        say!(self, OfflineStorage { size })
    }

    /// The certificate's closing line.
    pub fn certificate_completed_on(self, date: &str, percent: f64) -> String {
        let date = &self.date_of(date);
        say!(self, CertificateCompletedOn { date, percent: self.percent(percent) })
    }

    /// Where anyone can check a certificate.
    pub fn check_certificate_at(self, code: &str) -> String {
        say!(self, CheckCertificateAt { code })
    }

    /// A certificate found by its code, with what was true when it was earned.
    pub fn certificate_valid(self, v: &crate::model::learning::Verification) -> String {
        let date = &self.date_of(&v.completed_on);
        let (name, title, version) = (&v.name, &v.module_title, v.version);
        match &v.agency {
            Some(agency) => {
                say!(self, CertificateValidWithAgency { name, agency, title, version, date })
            }
            None => say!(self, CertificateValid { name, title, version, date }),
        }
    }

    pub fn no_certificate(self, code: &str) -> String {
        say!(self, NoCertificate { code })
    }
}
