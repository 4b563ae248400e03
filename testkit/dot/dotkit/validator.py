"""DOT's documented way to put profile claims in the ID token and userinfo (its default is `sub` only)."""

from oauth2_provider.oauth2_validators import OAuth2Validator


class ProfileClaims(OAuth2Validator):
    def get_additional_claims(self, request):
        user = request.user
        return {
            "name": user.get_full_name(),
            "preferred_username": user.username,
            "email": user.email,
        }
