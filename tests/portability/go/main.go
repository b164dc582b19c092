// A program written the way users of openapi-generator's Go client write one. `go build` and
// `go vet` must accept it with the client; run against a sandbox (args: base URL, API key), it
// prints what it found as JSON, for the test to check. What went on the wire is read from the
// responses themselves, so that a response the client fails to decode still shows what the
// server answered; the decoding errors are reported on their own.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	invoiced "example.com/invoiced"
)

// decodeErrors holds each response the client received in full but could not turn into its model.
var decodeErrors = []string{}

// answered returns the status and body of a response, noting a decoding error. Any other error
// (no response, or a refusal) ends the program.
func answered(operation string, response *http.Response, err error) (int, []byte) {
	if response == nil {
		panic(fmt.Sprintf("%s: %v", operation, err))
	}
	body, readErr := io.ReadAll(response.Body)
	if readErr != nil {
		panic(readErr)
	}
	var apiErr *invoiced.GenericOpenAPIError
	if err != nil && response.StatusCode < 300 && errors.As(err, &apiErr) {
		decodeErrors = append(decodeErrors, fmt.Sprintf("%s: %s", operation, apiErr.Error()))
	} else if err != nil && response.StatusCode < 300 {
		panic(fmt.Sprintf("%s: %v", operation, err))
	}
	return response.StatusCode, body
}

func id(body []byte) int64 {
	var object struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal(body, &object); err != nil {
		panic(err)
	}
	return object.ID
}

func main() {
	if len(os.Args) != 3 {
		panic("usage: check BASE_URL API_KEY")
	}
	config := invoiced.NewConfiguration()
	config.Servers = invoiced.ServerConfigurations{{URL: os.Args[1]}}
	client := invoiced.NewAPIClient(config)
	ctx := context.WithValue(context.Background(), invoiced.ContextBasicAuth, invoiced.BasicAuth{UserName: os.Args[2]})

	customer := func(name string) int64 {
		_, response, err := client.CustomersAPI.CreateCustomer(ctx).CustomerCreate(*invoiced.NewCustomerCreate(name)).Execute()
		_, body := answered("createCustomer", response, err)
		return id(body)
	}
	invoice := func(customerID int64) int64 {
		line := invoiced.NewLineItemInput()
		line.SetName("Copy paper")
		line.SetQuantity(1)
		line.SetUnitCost(45)
		create := invoiced.NewInvoiceCreate(customerID)
		create.SetItems([]invoiced.LineItemInput{*line})
		_, response, err := client.InvoicesAPI.CreateInvoice(ctx).InvoiceCreate(*create).Execute()
		_, body := answered("createInvoice", response, err)
		return id(body)
	}

	acme := customer("Acme")
	other := customer("Other")
	wanted := invoice(acme)
	invoice(other)

	// The generated client writes a deepObject query parameter as filter[key]=value.
	filter := invoiced.InvoiceFilter{}
	filter.SetCustomer(acme)
	filter.SetPaid(false)
	_, response, err := client.InvoicesAPI.ListInvoices(ctx).Filter(filter).Execute()
	status, body := answered("listInvoices", response, err)
	var listed []struct {
		ID     int64  `json:"id"`
		Status string `json:"status"`
	}
	if err := json.Unmarshal(body, &listed); err != nil {
		panic(err)
	}
	ids := []int64{}
	for _, each := range listed {
		ids = append(ids, each.ID)
	}

	// A refused request comes back as the error object the spec declares for it.
	_, refusedResponse, err := client.InvoicesAPI.ListInvoices(ctx).PerPage(1000).Execute()
	refused := map[string]any{"status": refusedResponse.StatusCode}
	var apiErr *invoiced.GenericOpenAPIError
	if errors.As(err, &apiErr) {
		if problem, ok := apiErr.Model().(invoiced.ErrorObject); ok {
			refused["type"] = problem.Type
			refused["param"] = problem.GetParam()
		}
	}

	out, err := json.Marshal(map[string]any{
		"wanted":       wanted,
		"listStatus":   status,
		"listed":       ids,
		"url":          response.Request.URL.String(),
		"refused":      refused,
		"decodeErrors": decodeErrors,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
