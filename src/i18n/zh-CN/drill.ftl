# drill: 界面文字（简体中文）。Fluent 格式，键与 en/drill.ftl 相同。
