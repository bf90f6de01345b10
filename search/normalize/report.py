"""What normalising one record could not read with certainty, for editors: warnings, unparsed dates, unmapped tags."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NormalizationReport:
    warnings: list[str] = field(default_factory=list)  # human-readable, in French (editors read them)
    unparsed_dates: list[str] = field(default_factory=list)  # raw values kept, never guessed
    unmapped_tags: list[str] = field(default_factory=list)  # source tags that mapped to no theme
    territory_reason: str = ""
    territory_level: str = "none"  # "commune" | "departement" | "region" | "none"

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
