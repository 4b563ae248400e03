"""DOT's endpoints at the root (issuer without a path), and Django's login page."""

import json

from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path, reverse

from oauth2_provider.views import ConnectDiscoveryInfoView


class DiscoveryWithDevice(ConnectDiscoveryInfoView):
    """DOT 3.4 serves the device authorization endpoint but does not publish it in discovery;
    a deployment that offers the grant adds it, as here."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        document = json.loads(response.content)
        document["device_authorization_endpoint"] = request.build_absolute_uri(
            reverse("oauth2_provider:device-authorization")
        )
        response.content = json.dumps(document)
        return response


urlpatterns = [
    re_path(r"^\.well-known/openid-configuration/?$", DiscoveryWithDevice.as_view()),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("", include("oauth2_provider.urls")),
]
