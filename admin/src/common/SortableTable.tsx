/**
 * react-admin's DataTable whose columns offer sorting only by a field the server sorts the
 * resource by (common/sortable.ts, from the schema): any other column shows no sort control.
 */
import { Children, cloneElement, isValidElement } from "react";
import { DataTable, useResourceContext, type DataTableProps } from "react-admin";
import { isSortable } from "./sortable";

interface ColumnProps {
  source?: string;
  disableSort?: boolean;
}

export function SortableTable(props: DataTableProps) {
  const resource = useResourceContext(props);
  const children = Children.map(props.children, (child) =>
    isValidElement<ColumnProps>(child) &&
    !child.props.disableSort &&
    !isSortable(resource, child.props.source)
      ? cloneElement(child, { disableSort: true })
      : child,
  );
  return <DataTable {...props}>{children}</DataTable>;
}
