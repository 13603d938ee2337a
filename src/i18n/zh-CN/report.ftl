# report: 界面文字（简体中文）。Fluent 格式，键与 en/report.ftl 相同。
# 用于 `walk`（文本和 Markdown）、会话报告、仅凭会话文件生成的报告、`validate --stats` 和 `graph`。
# 以“：”结尾的标签后面直接接正文，代码不会再加空格。

## 结果类型（标签在 common.ftl 的 `common-kind-*`）。
report-kind-title = { $kind }：{ $title }

## 到达结果前还剩几个问题。
report-remaining-none = 接下来就是结果
report-remaining-exact = 还剩 { $count } 个问题
report-remaining-range = 还剩 { $min }–{ $count } 个问题
report-remaining-at-least = 至少还剩 { $count } 个问题
report-remaining-sentence = { $text }。

## 纯文本 (`walk`) 和 Markdown 中的结果。
report-header-stamp = playbook { $id }，版本 { $version }，审阅于 { $reviewed }
report-reached = 已到达：
report-question-label = 问题：
report-why-we-ask = 为什么要问：
report-options = 选项：
report-sources-label = 来源：
report-whole-outcome = 关于这个结果的整体说明，请参阅 { $refs }。
report-who-acts = 由谁操作：
report-steps = 步骤
report-say-this = 要说的话：
# 后面紧接英文标题 “In English, for Microsoft Support:”。
report-say-english = 英文原文（对方读英文时使用）：
report-caution = 注意：
report-have-ready = 提前准备
report-what-to-expect = 预期情况
report-why = 原因：
report-sources = 来源
report-what-next = 接下来怎么办？
report-told = 你告诉 breakglass 的情况
report-not-asked = （未询问）
report-fact-title = { $title }：
report-outcome-label = 结果：
report-checklist-label = 清单：

## `walk`
report-walk-reached = 已到达这个结果。如果它没有解决问题，请添加 --answer { $node }=<option> 继续。
report-walk-stopped = 在这里停下：没有给出答案。请添加 --answer { $node }=<option> 继续。
report-path-code = 路径代码：{ $code }
report-walk-what-to-do = 该怎么做：
report-walk-path-so-far = { $title }：目前的路径
report-walk-how-we-got-here = 我们是怎么走到这里的
report-walk-still-to-answer = 还需回答：
report-walk-md-from = 来自 breakglass playbook“{ $title }”（`{ $id }`，版本 { $version }，审阅于 { $reviewed }）。
report-walk-md-path-code = 路径代码 `{ $code }`：运行 `breakglass --at { $code }` 可打开这个位置。
report-walk-unused = 提示：--answer { $node }={ $option } 没有用到：路径没有经过 `{ $node }`
report-walk-error-syntax = `{ $answer }` 不是答案；请写成 NODE=OPTION，例如 which-service=azure-admin
report-walk-error-unknown-node = 没有名为 `{ $node }` 的节点{ $hint }。此 playbook 中的问题：{ $valid }
report-walk-error-not-a-question = `{ $node }` 不是问题，不接受答案
report-walk-error-unknown-option = 问题 `{ $node }` 没有选项 `{ $option }`{ $hint }。它的选项：{ $valid }
report-walk-error-conflict = 问题 `{ $node }` 回答了两次（`{ $first }` 和 `{ $second }`）
report-walk-error-loop = 这些答案形成了循环，又回到了 `{ $node }`
report-walk-did-you-mean = （你是不是想输入 `{ $name }`？）

## 会话报告。
report-md-title = breakglass 会话报告
report-situation = { $start }，按 breakglass playbook“{ $title }”（版本 { $version }，审阅于 { $reviewed }）回答了 { $answered } 个问题，{ $end }。最后更改：{ $updated }。
report-situation-outcome = 到达了结果“{ $title }”（{ $kind }）
report-situation-question = 停在了问题“{ $text }”
report-situation-note = 停在了说明“{ $title }”
report-md-note = 备注：{ $note }
report-md-case-heading = 给 Microsoft 支持部门的案例摘要
report-md-case-intro = 请念出这段内容，或把它粘贴到支持请求中。其中不含密码或验证码。
report-md-answers-heading = 问题和答案
report-col-time = 时间 (UTC)
report-col-question = 问题
report-col-answer = 答案
report-case-facts = 案例信息
report-md-generated = 由 { $tool } 根据会话 `{ $id }` 生成，playbook `{ $playbook }` { $version }（内容 { $hash }）。
report-md-path-code = 路径代码 `{ $code }`：运行 `breakglass --at { $code }` 可打开同一位置。

## 案例摘要：念给或粘贴给 Microsoft 支持部门的纯文本。中文报告中先给中文，再给英文。
report-case-title = 案例摘要（breakglass，会话 { $id }）
report-case-problem = 问题：{ $title }
report-case-who = 被锁定的人：{ $value }
report-case-tenant = 租户（ID 或主域）：{ $value }
report-case-known = 已知情况：
report-case-tried = 尝试过的操作及时间 (UTC)：
report-case-tried-line = { $time } { $question } 回答：{ $answer }
report-case-error = 登录错误：{ $code }，相关 ID { $correlation }，时间 { $time }
report-case-request = 支持请求编号：{ $value }
report-case-playbook = Playbook：{ $id } { $version }（审阅于 { $reviewed }）
report-case-not-given = （未提供）

## 找不到操作手册时，仅凭会话文件生成的报告（以 id 代替文字）。
report-bare-why = 此会话所用的 playbook `{ $id }`（版本 { $version }）在这里没有安装或无法加载，因此本报告仅根据会话文件生成：问题、答案和结束位置都以 id 显示。
report-bare-title = 会话报告：{ $title }（仅根据会话文件）
report-bare-session = 会话：{ $id }
report-bare-playbook = Playbook：`{ $id }`，版本 { $version }，审阅于 { $reviewed }，哈希 { $hash }
report-bare-times = 开始：{ $started }；最后更改：{ $updated }
report-bare-ended = 结束位置：{ $place }
report-bare-ended-outcome = 结果 `{ $node }`
report-bare-ended-at = 未完成，停在 `{ $node }`
report-bare-not-started = 尚未开始
report-bare-answers = 答案
report-bare-no-answers = 没有答案。
report-bare-ticked = 已勾选的清单项

## `report` 在 stderr 上的提示。
report-not-found = { $error }；`breakglass sessions` 会列出所有会话
report-note = 提示：{ $text }

## `validate --stats`。
report-stats-sizes = { $nodes } 个节点：{ $questions } 个问题（{ $options } 个选项），{ $outcomes } 个结果，{ $notes } 个说明；{ $sources } 个来源，{ $checklists } 个清单
report-stats-paths = 从开始到结果的问题数：最少 { $shortest }，最多 { $longest }
report-stats-unbounded = 无上限（有循环）
report-stats-none = 无
report-stats-kinds = 各类结果：{ $kinds }
report-stats-more = { $facts } 个事实；{ $conditional } 个带条件路由的选项；{ $continuations } 条从结果出发的后续路径

## `graph`：说明节点的标签。
report-graph-note = 说明：{ $title }
report-graph-shown-if = （满足 { $condition } 时显示）
report-graph-if = [若 { $condition }]
report-graph-otherwise = [否则]
