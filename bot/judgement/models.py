"""Chat models by name, through LangChain's init_chat_model."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel

from bot.errors import ConfigError

# Fail fast and let the offline verdict answer instead of retrying for minutes.
_OPTIONS: dict[str, dict[str, Any]] = {
    "openai": {"max_retries": 0},
    "anthropic": {"max_retries": 0},
}


def build_chat_model(spec: str, *, timeout_s: float) -> BaseChatModel:
    """'<provider>:<model>', e.g. 'openai:gpt-4o-mini'; the provider's package must be installed."""
    if ":" not in spec:
        raise ConfigError(
            f"LEITPLANKE_LLM '{spec}' needs the form '<provider>:<model>', "
            "e.g. 'openai:gpt-4o-mini'."
        )
    from langchain.chat_models import init_chat_model

    provider = spec.split(":", 1)[0]
    options = {"timeout": timeout_s, **_OPTIONS.get(provider, {})}
    try:
        model: BaseChatModel = init_chat_model(spec, **options)
        return model
    except ImportError:
        raise ConfigError(
            f"LEITPLANKE_LLM '{spec}' needs the LangChain package for {provider}; "
            f"install it with: pip install 'leitplanke[{provider}]'."
        ) from None
    except Exception as exc:  # missing API key and the like
        raise ConfigError(f"LEITPLANKE_LLM '{spec}' cannot be set up: {exc}") from None
