"""kyoryoku: where and how to file the 協力確認書 (Cooperation Confirmation Form)."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/kyoryoku-kakuninsho/kyoryoku"
USER_AGENT = f"kyoryoku/{__version__} (+{PROJECT_URL})"
