# wizard: 界面文字（简体中文）。Fluent 格式，键与 en/wizard.ftl 相同。
