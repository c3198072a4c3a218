//! A person's own account: name, language, password.

use leptos::prelude::*;

use crate::model::error::AppError;

#[server(endpoint = "account/update_profile")]
pub async fn update_profile(display_name: String, locale: String) -> Result<(), AppError> {
    use crate::api::{
        guard::signed_in,
        respond::{Done, form},
    };
    use crate::i18n::Locale;

    let values = [("display_name", &display_name), ("locale", &locale)]
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .into();
    form::<UpdateProfile>(values, async {
        let me = signed_in()?;
        let locale = Locale::from_code(&locale).unwrap_or_default();
        crate::services::auth::update_profile(
            &crate::state::db()?,
            me.user.id,
            &display_name,
            locale,
        )
        .await?;
        Ok(Done::to("/account").notice(crate::model::problem::Notice::DetailsSaved))
    })
    .await
}

#[server(endpoint = "account/change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    use crate::api::{
        guard::signed_in,
        respond::{Done, form},
    };
    use crate::state::{client_address, db};

    form::<ChangePassword>(Default::default(), async {
        let me = signed_in()?;
        crate::services::auth::change_password(
            &db()?,
            me.user.id,
            &me.token_hash,
            &current_password,
            &new_password,
            &confirm_password,
            &client_address(),
        )
        .await?;
        Ok(Done::to("/account").notice(crate::model::problem::Notice::PasswordChanged))
    })
    .await
}
