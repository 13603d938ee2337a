# common: 界面文字（简体中文）。Fluent 格式，键与 en/common.ftl 相同。

## 界面语言的名称。
lang-name = 简体中文

## 向导、纯文本模式和报告共用。
common-kind-self-service = 你可以自己解决
common-kind-ask-admin = 有管理员权限的人可以解决
common-kind-escalate = 上报给 Microsoft 支持部门
common-kind-not-a-lockout = 不是 MFA 锁定
common-kind-prevent = 预防
common-source-doc = Microsoft 文档
common-source-moderator = Microsoft 问答版主的回答，不是文档
common-source-ai-answer = AI 生成的问答回答，不是文档
common-source-third-party = 第三方，不是 Microsoft
common-fact-tenant = 租户 ID 或主域
common-fact-sign-in = 被锁定管理员的登录名
common-fact-error-code = 错误代码
common-fact-correlation-id = 相关 ID
common-fact-error-time = 出错时间 (UTC)
common-fact-request-number = 支持请求编号
common-fact-noun-tenant = 租户 ID 或主域
common-fact-noun-sign-in = 登录名
common-fact-noun-error-code = 登录错误代码
common-fact-noun-correlation-id = 相关 ID
common-fact-noun-error-time = 日期和时间
common-fact-noun-request-number = 支持请求编号
common-fact-example-tenant = contoso.onmicrosoft.com 或 0f1e2d3c-...
# $why 是检测器给出的英文原因。
common-fact-refused-secret = 这看起来像机密信息（{ $why }）；不要在这里输入密码、验证码、密钥或令牌（{ $noun }的示例：{ $example }）
common-fact-refused-format = 这看起来不像{ $noun }（示例：{ $example }）

## 重新打开留有未完成工作的会话。
common-reopen-case-number = 添加支持案例编号
common-reopen-tick = 勾选你已完成的事项（已勾选 { $ticked }/{ $total } 项）
common-reopen-waiting = 你之前在等待 Microsoft 支持部门
common-reopen-reached = 你上次的会话到达了“{ $title }”
common-reopen-separator = 、
common-reopen-offer = { $lead }（上次更改：{ $when }）：{ $todo }。要重新打开吗？

## 继续已保存的会话。
common-resume-not-replayed = 无法逐步重放此会话
common-resume-changed = 此会话之后 playbook 已更改（当时版本 { $then }，现在 { $now }）
common-resume-all-fit = { $changed }；全部 { $total } 个回答仍然适用。
common-resume-stopped = { $changed }：{ $total } 个回答中有 { $applied } 个仍然适用；已停在“{ $at }”，因为回答 { $misfit } 不再适用。

## 保存和加载会话失败时显示。
common-save-disk-full = 磁盘已满
common-save-file-too-large = 文件将超过文件大小限制 (ulimit -f)
common-save-read-only = 磁盘是只读的
common-save-permission = 权限被拒绝
common-save-not-a-directory = 有一个文件占用了该文件夹的位置
common-save-no-folder = 该文件夹不存在
common-save-exists = 已有另一个文件使用此名称
common-save-busy = 另一个 breakglass 已打开此会话（请在那里完成，或开始新的会话）
common-save-failed = 无法写入文件
common-save-error = { $reason }（{ $path }）
common-store-not-found = 没有名为 `{ $id }` 的已保存会话
common-store-cannot-read = 无法读取 { $path }：{ $detail }
common-store-corrupt = { $path } 不是 breakglass { $what }：{ $message }
common-store-what-session = 会话
common-store-what-run = 演练记录
common-store-what-audit = 审核记录
common-store-not-regular = 已跳过 { $path }：它是{ $kind }，不是 breakglass 写入的文件；请将它移出该文件夹或删除它
common-store-kind-symlink = 符号链接
common-store-kind-folder = 文件夹
common-store-kind-fifo = FIFO（命名管道）
common-store-kind-device = 设备
common-store-kind-socket = 套接字
common-store-too-large = 已跳过 { $path }：它有 { $size } 字节，超过 breakglass 文件上限 { $cap } MiB；请将它移出该文件夹或删除它
common-store-bad-name = 已跳过 { $path }：它的名称不是 breakglass 使用的 ID（字母、数字和 `-`，然后是 .json）；请重命名或删除它
common-store-busy = 会话 { $id } 已在另一个 breakglass 中打开：请在那里完成，或开始新的会话
common-store-busy-pid = 会话 { $id } 已在另一个 breakglass（进程 { $pid }）中打开：请在那里完成，或开始新的会话

## 打开 playbook 和演练。
common-catalog-no-playbook = 没有名为 `{ $arg }` 的 playbook，该路径下也没有文件
common-catalog-no-drill = 没有名为 `{ $arg }` 的演练，该路径下也没有文件
common-catalog-cannot-read = 无法读取 { $path }：{ $detail }
common-catalog-not-text = { $path } 不是 UTF-8 文本
common-catalog-invalid = { $name } 有 { $count } 个问题
common-catalog-not-regular = 它是{ $kind }，不是普通文件；breakglass 只读取普通文件
common-catalog-duplicate = 已有另一个用户 playbook 使用 ID `{ $id }`

## 对不是 playbook 的文件运行 `validate --stats`。
common-validate-no-stats-translation = 没有统计信息：统计信息只适用于 playbook，不适用于翻译文件（请对 playbook 运行 `validate --stats`）
common-validate-no-stats-other = 没有统计信息：统计信息只适用于 playbook
