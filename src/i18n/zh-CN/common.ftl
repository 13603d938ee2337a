# common: 界面文字（简体中文）。Fluent 格式，键与 en/common.ftl 相同。

## 界面语言的名称。
lang-name = 简体中文
lang-coverage = 界面文字 { $done }/{ $total } 条
