"""A minimal Django project around Django OAuth Toolkit, for alter's test kit (see serve.py).

OIDC on, RS256 ID tokens signed with the key serve.py generates at start (DOT_RSA_KEY), the
device authorization grant with a 1 s interval, PKCE required (DOT's default), sqlite at
DOT_DB. The issuer is https://localhost:PORT (DOT_ISSUER), no path.
"""

import os

ISSUER = os.environ["DOT_ISSUER"]

SECRET_KEY = "alter-testkit-dot-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
ROOT_URLCONF = "dotkit.urls"
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
    "dotkit",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["DOT_DB"]}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Tests hand the person's password to a script, never to alter: fast hashing is enough here.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_ISS_ENDPOINT": ISSUER,
    "OIDC_RSA_PRIVATE_KEY": os.environ.get("DOT_RSA_KEY", ""),
    "OAUTH2_VALIDATOR_CLASS": "dotkit.validator.ProfileClaims",
    "SCOPES": {"openid": "OpenID Connect", "profile": "Your name", "email": "Your email address"},
    "DEFAULT_SCOPES": ["openid"],
    "DEVICE_FLOW_INTERVAL": 1,
    "OAUTH_DEVICE_VERIFICATION_URI": f"{ISSUER}/device/",
    "OAUTH_DEVICE_VERIFICATION_URI_COMPLETE": f"{ISSUER}/device/?user_code={{user_code}}",
}

# Server errors go to stderr, which the test kit shows when the server fails.
LOGGING = {
    "version": 1,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["stderr"], "level": "ERROR"}},
}
