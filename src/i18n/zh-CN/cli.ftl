# cli: 界面文字（简体中文）。Fluent 格式，键与 en/cli.ftl 相同。
# 命令行自身的消息。命令名、参数（--resume、--at）和 ID 保持原样。

## 各命令都可能输出的错误和提示。
cli-no-data-dir = 找不到数据目录：请设置 BREAKGLASS_DATA_DIR 或传入 --data-dir
cli-translation-has-errors = { $lang } 翻译 { $file } 有错误，未被使用（显示英文）；`breakglass validate` 会列出这些错误
cli-no-such-playbook = 没有名为 `{ $name }` 的 playbook，该路径下也没有文件。
cli-known-playbooks = 可用的 playbook：{ $known }。路径必须指向一个 YAML 文件。
cli-no-such-drill = 没有名为 `{ $name }` 的演练，该路径下也没有文件。
cli-known-drills = 可用的演练：{ $known }。`breakglass drill` 会列出它们。
cli-cannot-be-used = { $name } 无法使用：有 { $count } 个错误。请修正后再运行。
cli-cannot-write-output = 无法写出输出：{ $error }
cli-skipped-playbook = 提示：已跳过你的 playbook { $path }：{ $reason }。运行 `breakglass validate { $path }` 查看详情。
cli-skipped-drill = 提示：已跳过你的演练 { $path }：{ $reason }。运行 `breakglass validate { $path }` 查看详情。
cli-cannot-write-json = 无法写出 JSON：{ $error }
cli-could-not-write-json = 无法写出 JSON：{ $error }
cli-report-written = 报告已写入 { $path }
cli-report-not-written = 无法写出报告：{ $error }
cli-note = 提示：{ $text }
cli-session-not-found = 没有 ID 为 `{ $id }` 的已保存会话

## breakglass list
cli-list-id = ID
cli-list-version = 版本
cli-list-reviewed = 审阅日期
cli-list-from = 来源
cli-list-title = 标题
cli-list-languages = 语言：{ $languages }
cli-list-replaced-by = 已被你的 playbook { $path } 取代
cli-list-replaces-builtin = { $name }（取代内置版本）
cli-list-user-dir = 你的 playbook 读取自 { $dir }
cli-list-no-config-dir = 找不到存放你自己的 playbook 的配置目录。
cli-list-skipped = 已跳过 { $path }：{ $reason }
cli-list-interface = 界面语言：{ $languages }（用 --lang 选择）。

## breakglass sessions
cli-sessions-deleted = 已删除会话 { $id }（{ $path }）。
cli-sessions-kept = 已保留：{ $error }
cli-sessions-deleted-old = 已删除 { $count } 个最后修改于 { $days } 天以前的会话。
cli-sessions-none = { $dir } 中没有已保存的会话。
cli-sessions-id = ID
cli-sessions-started = 开始时间 (UTC)
cli-sessions-playbook = PLAYBOOK
cli-sessions-age = 距今
cli-sessions-ended = 停在何处
cli-age-minutes = { $count } 分钟
cli-age-hours = { $count } 小时
cli-age-days = { $count } 天
cli-sessions-outcome = 结果：{ $heading }
cli-sessions-unfinished = 未完成，停在：{ $heading }
cli-sessions-not-started = 尚未开始
cli-sessions-footer = 保存在 { $dir }。用 `breakglass --resume ID` 继续某个会话；用 `breakglass report ID` 生成报告。
cli-sessions-unreadable = 无法读取：{ $error }

## 从命令行启动的向导和纯文本模式。
cli-plain-because = 使用纯文本模式，因为 { $reason }（向导需要终端；传入 --plain 可主动选择此模式）。
cli-wizard-stopped = 向导已停止：{ $error }
cli-plain-stopped = 纯文本模式已停止：{ $error }
cli-code-answer-fails = 路径代码中的第 { $number } 个回答不适用：{ $error }
cli-not-saved = （未保存：{ $error }）
cli-sessions-lists-them = `breakglass sessions` 会列出已保存的会话。
cli-resume-not-installed = 会话 { $id } 使用的 playbook `{ $playbook }` 未安装在此处，因此无法继续。`breakglass report { $id }` 会显示它记录的内容。
cli-resumed = 已从上次离开的地方继续会话 { $id }。
cli-left-reached = 你已到达：{ $title }
cli-left-stopped = 你停在：{ $title }
cli-left-not-saved = 会话未能保存：{ $error }。
cli-left-saved = 会话已保存为 { $id }（{ $path }）。
cli-left-resume = 继续：breakglass --resume { $id }    报告：breakglass report { $id }
cli-left-nothing-saved = 没有保存任何内容：你在第一个回答之前就离开了，因此没有可继续的会话。
cli-left-walk = 要以文本形式输出，请运行：{ $command }
cli-left-code = 路径代码：{ $code }（协助你的人可以用 breakglass --at { $code } 打开同一位置）

## --at CODE
cli-code-versions = playbook 的文字改变时，路径代码也会改变。请确认你们两人运行的是同一 breakglass 版本（这里是 { $version }）和同一 playbook（这里是 { $playbook } 版本 { $playbook_version }）。
cli-code-opened = 已打开路径代码 { $code }：{ $playbook } 上的 { $count } 个回答。

## breakglass translate
cli-translate-no-lang = 请用 --lang 指定要翻译成的语言，例如 --lang zh-CN
cli-translate-english = 英文是源语言：请用 --lang 选择其他语言
cli-translate-no-dir = 找不到用于写入翻译的配置目录：请传入 --out FILE
cli-cannot-read = 无法读取 { $path }：{ $error }
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-translate-wrote = 已写入 { $path }
cli-translate-updated = 已更新 { $path }
cli-coverage = { $lang }：{ $done }/{ $total } 条字符串，{ $stale } 条已过时
cli-translate-missing = { $coverage }，{ $missing } 条待翻译

## breakglass audit（命令行消息，不是报告）
cli-audit-no-dir = 请给出导出文件夹（breakglass audit DIR），或使用 --export-commands
cli-audit-not-text = { $path }：不是 UTF-8 文本
cli-audit-not-recorded = 提示：无法为 `breakglass status` 记录这次审核：{ $error }

## breakglass validate
cli-validate-warnings = { $name }：可用，{ $warnings }
cli-validate-errors = { $name }：{ $errors }，{ $warnings }
cli-count-errors = { $count } 个错误
cli-count-warnings = { $count } 个警告
cli-validate-ok = { $name }：可用
cli-validate-no-stats = 没有统计信息：playbook 有错误
cli-validate-all-ok = 已检查 { $files } 个文件：全部可用。
cli-validate-failing = 已检查 { $files } 个文件：{ $failing } 个有错误。

## breakglass status
cli-audit-none = 审核：没有记录。请导出租户（`breakglass audit --export-commands`）并运行 `breakglass audit DIR`。
cli-audit-last = 审核：上次运行 { $date }（{ $snapshot }）；{ $failing }；{ $state }。
cli-audit-snapshot-unknown = 快照日期未知
cli-audit-snapshot = { $date } 的快照
cli-audit-overdue = 审核已逾期 { $days } 天（每 { $every } 天一次）
cli-audit-next-due = { $days } 天后到期
cli-audit-date-unreadable = 日期无法读取
cli-audit-no-failing = 没有未通过的规则
cli-audit-failing = { $count } 条未通过：{ $rules }
