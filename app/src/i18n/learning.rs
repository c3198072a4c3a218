//! The learner's sentences with values in them: each language orders its words its own way.

use super::{Locale, ar};

impl Locale {
    /// A link back to a page, by its title: the arrow points the way the script reads back.
    pub fn back_link(self, title: &str) -> String {
        match self {
            Locale::En => format!("← {title}"),
            Locale::Ar => format!("→ {title}"),
        }
    }

    /// A module assigned with a due date (`YYYY-MM-DD`) not yet passed.
    pub fn assigned_due_on(self, date: &str) -> String {
        match self {
            Locale::En => format!("Assigned to you — due {date}"),
            Locale::Ar => format!("مُسندة إليك — موعد الإنجاز {date}"),
        }
    }

    /// A module assigned with a due date that has passed.
    pub fn assigned_overdue_since(self, date: &str) -> String {
        match self {
            Locale::En => format!("Assigned to you — overdue since {date}"),
            Locale::Ar => format!("مُسندة إليك — متأخرة منذ {date}"),
        }
    }

    /// The facts line of a module card; `status` is already translated.
    pub fn module_meta(
        self,
        minutes: i32,
        lessons: usize,
        status: &str,
        best_percent: Option<f64>,
    ) -> String {
        match self {
            Locale::En => {
                let best = best_percent.map(|p| format!(" · best score {p} %")).unwrap_or_default();
                format!("{minutes} min · {lessons} lessons · {status}{best}")
            }
            Locale::Ar => {
                let best = best_percent.map(|p| format!(" · أفضل درجة {p} %")).unwrap_or_default();
                let (minutes, lessons) = (
                    ar::count(minutes.into(), ar::MINUTES),
                    ar::count(lessons as i64, ar::LESSONS),
                );
                format!("{minutes} · {lessons} · {status}{best}")
            }
        }
    }

    /// The accessible name of a progress bar.
    pub fn percent_done(self, percent: u32) -> String {
        match self {
            Locale::En => format!("{percent} % done"),
            Locale::Ar => format!("نسبة الإنجاز {percent} %"),
        }
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
        match self {
            Locale::En => {
                let time =
                    time_limit_minutes.map(|t| format!(" · {t} minutes")).unwrap_or_default();
                let attempts = max_attempts
                    .map_or("unlimited".to_owned(), |n| format!("{attempts_used} of {n} used"));
                format!(
                    "{questions} questions · pass mark {pass_mark_percent} %{time} · attempts: {attempts}"
                )
            }
            Locale::Ar => {
                let questions = ar::count(questions as i64, ar::QUESTIONS);
                let time = time_limit_minutes
                    .map(|t| format!(" · المدة {}", ar::count(t.into(), ar::MINUTES)))
                    .unwrap_or_default();
                let attempts = max_attempts
                    .map_or(" · المحاولات: غير محدودة".to_owned(), |n| {
                        format!(" · المحاولات المستخدمة: {attempts_used} من {n}")
                    });
                format!("{questions} · درجة النجاح {pass_mark_percent} %{time}{attempts}")
            }
        }
    }

    /// Lessons still unread before a module can be complete.
    pub fn still_to_read(self, unread: usize) -> String {
        match self {
            Locale::En => {
                format!("Still to read before the module is complete: {unread} lesson(s).")
            }
            Locale::Ar => format!("دروس متبقية للقراءة قبل إكمال الوحدة: {unread}."),
        }
    }

    /// Why no new attempt can start.
    pub fn all_attempts_used(self, max: i32) -> String {
        match self {
            Locale::En => format!("You have used all {max} attempts of this quiz."),
            Locale::Ar => format!("استنفدت كل محاولاتك المتاحة لهذا الاختبار، وعددها {max}."),
        }
    }

    pub fn quiz_attempt_title(self, number: i32) -> String {
        match self {
            Locale::En => format!("Quiz — attempt {number}"),
            Locale::Ar => format!("الاختبار — المحاولة {number}"),
        }
    }

    pub fn attempt_result_title(self, number: i32) -> String {
        match self {
            Locale::En => format!("Attempt {number} — result"),
            Locale::Ar => format!("نتيجة المحاولة {number}"),
        }
    }

    pub fn lesson_of(self, number: usize, total: usize) -> String {
        match self {
            Locale::En => format!("Lesson {number} of {total}"),
            Locale::Ar => format!("الدرس {number} من {total}"),
        }
    }

    /// A question's worth, after its prompt.
    pub fn question_points(self, points: i32) -> String {
        match self {
            Locale::En => format!(" ({points} pt)"),
            Locale::Ar => format!(" ({})", ar::count(points.into(), ar::POINTS)),
        }
    }

    /// The heading of a scored quiz.
    /// Pass or fail, with the score when the module shows it.
    pub fn result_heading(
        self,
        passed: bool,
        score: Option<crate::model::quiz::Score>,
        pass_mark_percent: i32,
    ) -> String {
        match self {
            Locale::En => {
                let verdict = if passed { "Passed" } else { "Not passed yet" };
                match score {
                    Some(s) => format!(
                        "{verdict} — {} % ({} of {} points; pass mark {pass_mark_percent} %)",
                        s.percent, s.earned, s.possible
                    ),
                    None => format!("{verdict} (pass mark {pass_mark_percent} %)"),
                }
            }
            Locale::Ar => {
                let verdict = if passed {
                    "اجتزت الاختبار"
                } else {
                    "لم تجتز الاختبار بعد"
                };
                match score {
                    Some(s) => format!(
                        "{verdict} — {} % (النقاط: {} من {}؛ درجة النجاح {pass_mark_percent} %)",
                        s.percent, s.earned, s.possible
                    ),
                    None => format!("{verdict} (درجة النجاح {pass_mark_percent} %)"),
                }
            }
        }
    }

    /// The points a question earned, after its prompt in the result.
    pub fn points_earned(self, earned: f64, points: i32) -> String {
        match self {
            Locale::En => format!(" {earned} / {points} pt"),
            Locale::Ar => format!(" (النقاط: {earned} من {points})"),
        }
    }

    pub fn your_answer(self, given: &str) -> String {
        match self {
            Locale::En => format!(" — your answer: {given}"),
            Locale::Ar => format!(" — إجابتك: {given}"),
        }
    }

    pub fn right_answer(self, expected: &str) -> String {
        match self {
            Locale::En => format!(" — right answer: {expected}"),
            Locale::Ar => format!(" — الإجابة الصحيحة: {expected}"),
        }
    }

    /// The autosave's report; `time` is `HH:MM:SS`.
    pub fn answers_saved_at(self, time: &str) -> String {
        match self {
            Locale::En => format!("Answers saved at {time}"),
            Locale::Ar => format!("حُفظت الإجابات الساعة {time}"),
        }
    }

    /// The certificate's closing line.
    pub fn certificate_completed_on(self, date: &str, percent: f64) -> String {
        match self {
            Locale::En => format!("on {date} with a score of {percent} %."),
            Locale::Ar => format!("بتاريخ {date} بدرجة {percent} %."),
        }
    }

    /// Where anyone can check a certificate.
    pub fn check_certificate_at(self, code: &str) -> String {
        match self {
            Locale::En => format!("Check it at /verify/{code}"),
            // The path is isolated left-to-right, or its leading slash would jump to its end.
            Locale::Ar => format!("يمكن التحقق منها على العنوان \u{2066}/verify/{code}\u{2069}"),
        }
    }

    /// A certificate found by its code, with what was true when it was earned.
    pub fn certificate_valid(self, v: &crate::model::learning::Verification) -> String {
        let (name, title, version, date) = (&v.name, &v.module_title, v.version, &v.completed_on);
        match self {
            Locale::En => {
                let agency = v.agency.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
                format!("Valid. {name}{agency} completed “{title}”, version {version}, on {date}.")
            }
            Locale::Ar => {
                let agency = v.agency.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
                format!(
                    "شهادة صحيحة: صادرة إلى {name}{agency} لإتمام الوحدة «{title}»، الإصدار {version}، بتاريخ {date}."
                )
            }
        }
    }

    pub fn no_certificate(self, code: &str) -> String {
        match self {
            Locale::En => format!("No certificate has the code {code}."),
            Locale::Ar => format!("لا توجد شهادة بالرمز {code}."),
        }
    }
}
